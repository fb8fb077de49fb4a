package org.schoolattendance.ingest.register;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schoolattendance.ingest.common.ErrorShareLimit;
import org.schoolattendance.ingest.common.FileKind;
import org.schoolattendance.ingest.common.FileLoadResult;
import org.schoolattendance.ingest.common.FileLoader;
import org.schoolattendance.ingest.common.FileRejectedException;
import org.schoolattendance.ingest.common.InputFile;
import org.schoolattendance.ingest.common.InputHeaders;
import org.schoolattendance.ingest.common.QuarantineEntry;
import org.schoolattendance.ingest.common.QuarantineEntry.Severity;
import org.schoolattendance.ingest.common.Upn;
import org.schoolattendance.sql.warehouse.SqlScript;

/**
 * Loads one register export set-based in DuckDB: bulk read into a staging table, validate with SQL,
 * quarantine failing rows, then merge into {@code raw_mark}. A mark is replaced only by a later
 * export (never by load order), and the replaced mark goes to {@code raw_mark_history}.
 */
final class RegisterLoader implements FileLoader {

  static final List<String> HEADER = InputHeaders.REGISTER;
  private static final Pattern LINE = Pattern.compile("[Ll]ine:? ?(\\d+)");

  private final ErrorShareLimit errorShare;

  RegisterLoader(double maxErrorShare) {
    this.errorShare = new ErrorShareLimit(maxErrorShare);
  }

  /**
   * The school and the dates this file's good rows cover, as SQL literals: the merge then reads
   * only the row groups of raw_mark that can hold those marks, not the whole table.
   */
  private static java.util.Map<String, String> mergeScope(Statement sql, RegisterPreamble preamble)
      throws SQLException {
    try (java.sql.ResultSet range =
        sql.executeQuery(
            "select coalesce(min(session_date), date '1900-01-01'),"
                + " coalesce(max(session_date), date '1900-01-01')"
                + " from register_checked where rule_code is null")) {
      range.next();
      return java.util.Map.of(
          "urn", "'" + preamble.urn() + "'",
          "first_date", "date '" + range.getObject(1, java.time.LocalDate.class) + "'",
          "last_date", "date '" + range.getObject(2, java.time.LocalDate.class) + "'");
    }
  }

  @Override
  public FileLoadResult load(Connection connection, long loadId, InputFile file)
      throws SQLException, IOException, FileRejectedException {
    long start = System.nanoTime();
    RegisterPreamble preamble = RegisterPreamble.read(file.path(), HEADER);
    try (Statement sql = connection.createStatement()) {
      long read = stage(connection, sql, file, preamble.crlf());
      markBadUpns(connection, sql);
      createContext(connection, loadId, file, preamble);
      SqlScript.fromClasspath("register/school_days.sql").executeOn(connection);
      SqlScript.fromClasspath("register/check.sql").executeOn(connection);
      long quarantined =
          count(
              sql,
              "select count(*) from register_checked"
                  + " where rule_code is not null and rule_code <> 'REG010'");
      if (errorShare.isExceeded(read, quarantined)) {
        throw errorShare.rejection(read, quarantined, ruleCounts(sql));
      }
      long queried =
          count(
              sql,
              "select count(*) from register_checked where rule_code = 'REG010'"
                  + " or (rule_code is null and missing_from_census)");
      SqlScript.fromClasspath("register/quarantine.sql").executeOn(connection);
      SqlScript.fromClasspath("register/merge.sql", mergeScope(sql, preamble))
          .executeOn(connection);
      return new FileLoadResult(
          FileKind.REGISTER,
          file.name(),
          FileLoadResult.Status.LOADED,
          read,
          read - quarantined,
          quarantined,
          queried,
          Duration.ofNanos(System.nanoTime() - start),
          null);
    } finally {
      dropWorkTables(connection);
    }
  }

  private static void dropWorkTables(Connection connection) {
    try (Statement cleanup = connection.createStatement()) {
      for (String table :
          List.of(
              "register_stage",
              "register_checked",
              "register_bad_upn",
              "register_context",
              "register_rule",
              "register_school_day")) {
        cleanup.execute("drop table if exists " + table);
      }
    } catch (SQLException aborted) {
      // a failed statement aborted the transaction; its rollback discards these temp tables
    }
  }

  private static long stage(Connection connection, Statement sql, InputFile file, boolean crlf)
      throws SQLException, FileRejectedException {
    sql.execute("set variable register_file = '" + file.path().toString().replace("'", "''") + "'");
    // told, not sniffed: line numbers must count CRLF as one line break and keep blank lines
    sql.execute("set variable register_new_line = '" + (crlf ? "\\r\\n" : "\\n") + "'");
    // a delimiter that never occurs, so each row arrives as one whole line
    sql.execute("set variable register_delimiter = '\u001f'");
    try {
      SqlScript.fromClasspath("register/stage.sql").executeOn(connection);
    } catch (SQLException e) {
      // DuckDB's message quotes the offending line, which may hold pupil data: keep the number.
      String message = String.valueOf(e.getMessage());
      Matcher line = LINE.matcher(message);
      String where = line.find() ? "line " + line.group(1) + ": " : "";
      throw new FileRejectedException(
          where
              + (message.contains("unicode")
                  ? "the file is not valid UTF-8 (malformed encoding)"
                  : "the file is not a readable register CSV"),
          0,
          List.of());
    }
    return count(sql, "select count(*) from register_stage");
  }

  private static void markBadUpns(Connection connection, Statement sql) throws SQLException {
    sql.execute("create or replace temp table register_bad_upn (upn varchar)");
    List<String> bad = new ArrayList<>();
    try (ResultSet upns = sql.executeQuery("select distinct upn from register_stage")) {
      while (upns.next()) {
        String upn = upns.getString(1);
        if (upn != null && !Upn.isValid(upn)) {
          bad.add(upn);
        }
      }
    }
    try (PreparedStatement insert =
        connection.prepareStatement("insert into register_bad_upn values (?)")) {
      for (String upn : bad) {
        insert.setString(1, upn);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void createContext(
      Connection connection, long loadId, InputFile file, RegisterPreamble preamble)
      throws SQLException {
    try (Statement sql = connection.createStatement()) {
      sql.execute(
          "create or replace temp table register_context (urn varchar, exported_at timestamp,"
              + " load_id bigint, file_name varchar)");
      sql.execute(
          "create or replace temp table register_rule (rule varchar, field varchar,"
              + " message varchar)");
    }
    try (PreparedStatement insert =
        connection.prepareStatement("insert into register_context values (?, ?, ?, ?)")) {
      insert.setString(1, preamble.urn());
      insert.setTimestamp(2, Timestamp.valueOf(preamble.exportedAt()));
      insert.setLong(3, loadId);
      insert.setString(4, file.name());
      insert.execute();
    }
    try (PreparedStatement insert =
        connection.prepareStatement("insert into register_rule values (?, ?, ?)")) {
      for (RegisterRule rule : RegisterRule.values()) {
        insert.setString(1, rule.name());
        insert.setString(2, rule.field());
        insert.setString(3, rule.message());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static List<QuarantineEntry> ruleCounts(Statement sql) throws SQLException {
    List<QuarantineEntry> entries = new ArrayList<>();
    try (ResultSet rows =
        sql.executeQuery(
            "select rule_code, count(*), min(source_line) from register_checked"
                + " where rule_code is not null and rule_code <> 'REG010'"
                + " group by rule_code order by rule_code")) {
      while (rows.next()) {
        RegisterRule rule = RegisterRule.valueOf(rows.getString(1));
        entries.add(
            new QuarantineEntry(
                rows.getLong(3),
                rule.field(),
                rule.name(),
                Severity.ERROR,
                rule.message() + " (" + rows.getLong(2) + " rows, first at this line)",
                null));
      }
    }
    return entries;
  }

  private static long count(Statement sql, String query) throws SQLException {
    try (ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
