package org.schoolattendance.sql.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import org.schoolattendance.sql.seed.Seeds;

/** Creates the tables ingest writes and the seed tables that validation and models join. */
public final class RawSchema {

  private RawSchema() {}

  public static void ensure(Connection connection) throws SQLException {
    SqlScript.fromClasspath("schema/raw.sql").executeOn(connection);
    Seeds.load(connection);
  }
}
