package org.schoolattendance.sql.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/** A SQL script on the classpath whose statements end with a semicolon at the end of a line. */
public final class SqlScript {

  private final String resource;
  private final List<String> statements;

  private SqlScript(String resource, List<String> statements) {
    this.resource = resource;
    this.statements = statements;
  }

  /**
   * The script with each {@code ${name}} replaced by its literal. Only for values the caller has
   * already validated (a URN, an ISO date): literals, unlike parameters, let DuckDB skip row groups
   * of a large table by their min/max statistics.
   */
  public static SqlScript fromClasspath(String resource, java.util.Map<String, String> literals) {
    String script = readResource(resource);
    for (var literal : literals.entrySet()) {
      script = script.replace("${" + literal.getKey() + "}", literal.getValue());
    }
    return new SqlScript(resource, splitStatements(script));
  }

  public static SqlScript fromClasspath(String resource) {
    return new SqlScript(resource, splitStatements(readResource(resource)));
  }

  public void executeOn(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        try {
          statement.execute(sql);
        } catch (SQLException e) {
          throw new SQLException("in " + resource + ": " + e.getMessage(), e);
        }
      }
    }
  }

  static List<String> splitStatements(String script) {
    return Arrays.stream(script.split(";\\s*(\\r?\\n|$)"))
        .map(SqlScript::withoutCommentLines)
        .filter(sql -> !sql.isBlank())
        .toList();
  }

  private static String withoutCommentLines(String sql) {
    return sql.lines()
        .filter(line -> !line.strip().startsWith("--"))
        .reduce("", (a, b) -> a + b + "\n")
        .strip();
  }

  public static String readResource(String resource) {
    try (InputStream in = SqlScript.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
