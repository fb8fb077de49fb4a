package org.schoolattendance.sql.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Copies marts out to Parquet for Spark, and Spark's Parquet results back in as tables. Parquet is
 * the only thing the two engines share, so neither re-derives the other's measures.
 */
public final class ParquetSnapshot {

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
}
