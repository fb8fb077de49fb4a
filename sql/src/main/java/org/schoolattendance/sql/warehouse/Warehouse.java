package org.schoolattendance.sql.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The DuckDB warehouse file. Connections are opened per unit of work and closed after it, so a
 * long-running process never holds the file that another command needs.
 */
public final class Warehouse {

  private final Path file;
  private final DuckDbSettings settings;

  public Warehouse(Path file, DuckDbSettings settings) {
    this.file = file.toAbsolutePath().normalize();
    this.settings = settings;
  }

  public Path file() {
    return file;
  }

  public DuckDbSettings settings() {
    return settings;
  }

  /** Opens a read-write connection, creating the file and its folder when needed. */
  public Connection open() throws SQLException {
    createParentFolder();
    return DriverManager.getConnection("jdbc:duckdb:" + file, settings.toConnectionProperties());
  }

  /** Opens a read-only connection, for readers that must never change the warehouse. */
  public Connection openReadOnly() throws SQLException {
    Properties properties = settings.toConnectionProperties();
    properties.setProperty("duckdb.read_only", "true");
    return DriverManager.getConnection("jdbc:duckdb:" + file, properties);
  }

  private void createParentFolder() {
    try {
      Files.createDirectories(file.getParent());
      if (settings.tempDirectory() != null) {
        Files.createDirectories(settings.tempDirectory());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the warehouse folder " + file.getParent(), e);
    }
  }
}
