package org.schoolattendance.sql.model;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.schoolattendance.sql.warehouse.RawSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds every model in dependency order, each as {@code create or replace} (a view for staging, a
 * macro for the shared measure definitions, a table otherwise), so a rebuild is idempotent. Logs
 * row counts and time per model.
 */
public final class ModelRunner {

  private static final Logger log = LoggerFactory.getLogger(ModelRunner.class);

  private final ModelCatalog catalog;

  public ModelRunner(ModelCatalog catalog) {
    this.catalog = catalog;
  }

  public List<ModelResult> run(Connection connection, Consumer<ModelResult> onModelBuilt)
      throws SQLException {
    RawSchema.ensure(connection);
    List<ModelResult> results = new ArrayList<>();
    // No model relies on the order rows are stored in (keys are numbered with an explicit order),
    // so DuckDB may write every table in parallel; the setting is put back for other work.
    setPreserveInsertionOrder(connection, false);
    try {
      for (Model model : catalog.inDependencyOrder()) {
        ModelResult result = build(connection, model);
        log.info(
            "model {} built: {} in {} ms",
            model.name(),
            result.built(),
            result.elapsed().toMillis());
        onModelBuilt.accept(result);
        results.add(result);
      }
    } finally {
      setPreserveInsertionOrder(connection, true);
    }
    return results;
  }

  private static void setPreserveInsertionOrder(Connection connection, boolean preserve)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("set preserve_insertion_order = " + preserve);
    }
  }

  private static long count(Statement statement, String table) throws SQLException {
    try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /**
   * A model that changed from table to view (or back) in a newer release cannot be replaced in
   * place: DuckDB refuses to replace one kind of object with another.
   */
  private static void dropIfStoredAsOtherKind(
      Connection connection, String name, Materialisation materialisation) throws SQLException {
    if (materialisation == Materialisation.MACRO) {
      return;
    }
    try (PreparedStatement lookup =
        connection.prepareStatement(
            "select table_type from information_schema.tables"
                + " where table_schema = current_schema() and table_name = ?")) {
      lookup.setString(1, name);
      try (ResultSet found = lookup.executeQuery()) {
        if (!found.next()) {
          return;
        }
        boolean storedAsView = found.getString(1).equals("VIEW");
        if (storedAsView != (materialisation == Materialisation.VIEW)) {
          try (Statement drop = connection.createStatement()) {
            drop.execute("drop " + (storedAsView ? "view " : "table ") + name);
          }
        }
      }
    }
  }

  private ModelResult build(Connection connection, Model model) throws SQLException {
    long start = System.nanoTime();
    try (Statement statement = connection.createStatement()) {
      Materialisation materialisation = model.materialisation();
      dropIfStoredAsOtherKind(connection, model.name(), materialisation);
      statement.execute(materialisation.createStatement(model.name(), model.sql()));
      long rows = materialisation == Materialisation.TABLE ? count(statement, model.name()) : 0;
      return new ModelResult(
          model.name(), materialisation, rows, Duration.ofNanos(System.nanoTime() - start));
    } catch (SQLException e) {
      throw new SQLException("model " + model.name() + " failed: " + e.getMessage(), e);
    }
  }
}
