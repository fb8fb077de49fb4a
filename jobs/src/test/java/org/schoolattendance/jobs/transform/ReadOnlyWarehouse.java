package org.schoolattendance.jobs.transform;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Opens a warehouse file the jar has finished with, read-only. */
final class ReadOnlyWarehouse {

  private ReadOnlyWarehouse() {}

  static Connection open(Path warehouseFile) throws SQLException {
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    return DriverManager.getConnection("jdbc:duckdb:" + warehouseFile, readOnly);
  }
}
