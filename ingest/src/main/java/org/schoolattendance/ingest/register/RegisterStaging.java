package org.schoolattendance.ingest.register;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schoolattendance.ingest.common.FileRejectedException;
import org.schoolattendance.sql.warehouse.SqlScript;

/**
 * Reads and checks a batch of register exports in one statement ({@code register/read.sql}) over
 * their lines ({@link RegisterLines}). When DuckDB cannot read the batch (a file that is not UTF-8,
 * say), each file is read alone, the unreadable ones are rejected, each naming its line, and the
 * rest of the batch is read again.
 */
final class RegisterStaging {

  private static final Pattern LINE = Pattern.compile("[Ll]ine:? ?(\\d+)");

  private RegisterStaging() {}

  /** Reads every file it can; returns the rejection of each file it cannot read, by file id. */
  static Map<Integer, FileRejectedException> read(
      Connection connection, List<RegisterBatchFile> files) throws SQLException {
    Map<Integer, FileRejectedException> unreadable = new HashMap<>();
    try {
      readAndCheck(connection, files);
    } catch (SQLException batchFailed) {
      for (RegisterBatchFile file : files) {
        try (Statement probe = connection.createStatement()) {
          probe.execute("select count(*) from (" + RegisterLines.of(file) + ")");
        } catch (SQLException fileFailed) {
          unreadable.put(file.id(), rejection(fileFailed));
        }
      }
      if (unreadable.isEmpty()) {
        throw batchFailed;
      }
      readAndCheck(
          connection, files.stream().filter(file -> !unreadable.containsKey(file.id())).toList());
    }
    return unreadable;
  }

  private static void readAndCheck(Connection connection, List<RegisterBatchFile> files)
      throws SQLException {
    SqlScript.fromClasspath("register/read.sql", Map.of("lines", RegisterLines.of(files)))
        .executeOn(connection);
  }

  /**
   * Gives back the raw text of the rows that judge.sql found breaking a rule (copies, UPN check
   * letters): read.sql kept the text only of the rows it already knew were bad.
   */
  static void fillMissingText(Connection connection, List<RegisterBatchFile> files)
      throws SQLException {
    Set<Integer> needed = new HashSet<>();
    try (Statement sql = connection.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "select distinct file_id from register_checked"
                    + " where rule_code is not null and raw_text is null")) {
      while (rows.next()) {
        needed.add(rows.getInt(1));
      }
    }
    if (!needed.isEmpty()) {
      List<RegisterBatchFile> toRead =
          files.stream().filter(file -> needed.contains(file.id())).toList();
      SqlScript.fromClasspath(
              "register/missing_text.sql", Map.of("lines", RegisterLines.of(toRead)))
          .executeOn(connection);
    }
  }

  /** DuckDB's message quotes the offending line, which may hold pupil data: keep the number. */
  private static FileRejectedException rejection(SQLException error) {
    String message = String.valueOf(error.getMessage());
    Matcher line = LINE.matcher(message);
    String where = line.find() ? "line " + line.group(1) + ": " : "";
    return new FileRejectedException(
        where
            + (message.contains("unicode")
                ? "the file is not valid UTF-8 (malformed encoding)"
                : "the file is not a readable register CSV"),
        0,
        List.of());
  }
}
