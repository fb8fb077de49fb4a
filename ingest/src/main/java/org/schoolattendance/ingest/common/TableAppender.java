package org.schoolattendance.ingest.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** Appends whole rows to a DuckDB table through its bulk appender (far faster than inserts). */
public final class TableAppender implements AutoCloseable {

  private final DuckDBAppender appender;

  public TableAppender(Connection connection, String table) throws SQLException {
    this.appender = connection.unwrap(DuckDBConnection.class).createAppender(table);
  }

  public void row(Object... values) throws SQLException {
    appender.beginRow();
    for (Object value : values) {
      if (value == null) {
        appender.appendNull();
      } else if (value instanceof String text) {
        appender.append(text);
      } else if (value instanceof Integer number) {
        appender.append(number.intValue());
      } else if (value instanceof Long number) {
        appender.append(number.longValue());
      } else if (value instanceof Double number) {
        appender.append(number.doubleValue());
      } else if (value instanceof Boolean flag) {
        appender.append(flag.booleanValue());
      } else if (value instanceof LocalDate date) {
        appender.append(date);
      } else {
        throw new IllegalArgumentException("cannot append a " + value.getClass().getSimpleName());
      }
    }
    appender.endRow();
  }

  @Override
  public void close() throws SQLException {
    appender.close();
  }
}
