package org.schoolattendance.sql.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies marts out to Parquet for Spark, and Spark's Parquet results back in as tables. Parquet is
 * the only thing the two engines share, so neither re-derives the other's measures.
 *
 * <p>Small tables become one file, {@code <folder>/<table>.parquet}. Large ones are split by
 * academic year, {@code <folder>/<table>/year_key=2024-25/*.parquet} (Hive partitioning, which
 * Spark and DuckDB both discover), so a cluster reads each year in parallel and a run for one year
 * can skip the others.
 */
public final class ParquetSnapshot {

  /** The partition column of the large marts: the academic year as {@code 2024-25}. */
  public static final String YEAR_PARTITION = "year_key";

  private ParquetSnapshot() {}

  /** Writes each table to {@code <folder>/<table>.parquet}; returns the files written. */
  public static List<Path> export(Connection connection, Path folder, List<String> tables)
      throws SQLException {
    createFolder(folder);
    try (Statement statement = connection.createStatement()) {
      for (String table : tables) {
        statement.execute(
            "copy (select * from "
                + table
                + ") to '"
                + quoted(folder.resolve(table + ".parquet"))
                + "' (format parquet)");
      }
    }
    return tables.stream().map(table -> folder.resolve(table + ".parquet")).toList();
  }

  /**
   * Name of the published England figures in the snapshot ({@code snapshot/national_figures.sql}).
   */
  public static final String NATIONAL_FIGURES = "national_figures";

  /** The staged published statistics the national figures are selected from. */
  public static final String NATIONAL_SOURCE = "stg_dfe_statistic";

  /**
   * Writes the published England figures comparable with the subgroup trend to {@code
   * <folder>/national_figures.parquet} (from {@value #NATIONAL_SOURCE}); returns the file.
   */
  public static Path exportNationalFigures(Connection connection, Path folder) throws SQLException {
    createFolder(folder);
    Path file = folder.resolve(NATIONAL_FIGURES + ".parquet");
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "copy ("
              + SnapshotResources.text("/snapshot/" + NATIONAL_FIGURES + ".sql")
              + ") to '"
              + quoted(file)
              + "' (format parquet)");
    }
    return file;
  }

  /**
   * Writes {@code table} to {@code <folder>/<table>/year_key=.../}, replacing any earlier copy;
   * returns the table's folder. The table must have a {@value #YEAR_PARTITION} column.
   */
  public static Path exportByYear(Connection connection, Path folder, String table)
      throws SQLException {
    return exportByYear(connection, folder, table, "select * from " + table);
  }

  /**
   * As {@link #exportByYear(Connection, Path, String)} for a table without a year column: {@code
   * dateColumn} gives each row's academic year (1 September to 31 August), added as {@value
   * #YEAR_PARTITION}.
   */
  public static Path exportByYearOf(
      Connection connection, Path folder, String table, String dateColumn) throws SQLException {
    String startYear =
        "(year(" + dateColumn + ") - case when month(" + dateColumn + ") < 9 then 1 else 0 end)";
    String yearKey =
        startYear + "::varchar || '-' || lpad(((" + startYear + " + 1) % 100)::varchar, 2, '0')";
    return exportByYear(
        connection,
        folder,
        table,
        "select *, " + yearKey + " as " + YEAR_PARTITION + " from " + table);
  }

  private static Path exportByYear(Connection connection, Path folder, String table, String query)
      throws SQLException {
    Path target = folder.resolve(table);
    deleteRecursively(target);
    createFolder(folder);
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "copy ("
              + query
              + ") to '"
              + quoted(target)
              + "' (format parquet, partition_by ("
              + YEAR_PARTITION
              + "))");
    }
    createFolder(target); // an empty table writes no partition; readers still find the folder
    return target;
  }

  /** Replaces {@code table} with the Parquet files in {@code folder} (as Spark writes them). */
  public static long load(Connection connection, Path folder, String table) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "create or replace table "
              + table
              + " as select * from read_parquet('"
              + quoted(folder.resolve("*.parquet"))
              + "')");
      try (var rows = statement.executeQuery("select count(*) from " + table)) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static String quoted(Path path) {
    return path.toAbsolutePath().toString().replace("'", "''");
  }

  private static void createFolder(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + folder, e);
    }
  }

  private static void deleteRecursively(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot replace " + folder, e);
    }
  }
}
