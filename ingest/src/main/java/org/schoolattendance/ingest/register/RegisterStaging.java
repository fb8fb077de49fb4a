package org.schoolattendance.ingest.register;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.schoolattendance.ingest.common.FileRejectedException;
import org.schoolattendance.sql.warehouse.SqlScript;

/**
 * Reads a batch of register exports into {@code register_lines} with one {@code read_csv} per
 * line-ending style. When DuckDB cannot read the batch (a file that is not UTF-8, say), the files
 * are read one by one so that only the unreadable ones are rejected, each naming its line.
 */
final class RegisterStaging {

  private static final Pattern LINE = Pattern.compile("[Ll]ine:? ?(\\d+)");

  private RegisterStaging() {}

  /** Stages every file it can; returns the rejection of each file it cannot read, by file id. */
  static Map<Integer, FileRejectedException> stage(
      Connection connection, List<RegisterBatchFile> files) throws SQLException {
    Map<Integer, FileRejectedException> unreadable = new HashMap<>();
    Map<Boolean, List<RegisterBatchFile>> byLineEnding =
        files.stream().collect(Collectors.partitioningBy(file -> file.preamble().crlf()));
    for (var group : byLineEnding.entrySet()) {
      if (group.getValue().isEmpty()) {
        continue;
      }
      try {
        read(connection, group.getValue(), group.getKey());
      } catch (SQLException batchFailed) {
        for (RegisterBatchFile file : group.getValue()) {
          try {
            read(connection, List.of(file), group.getKey());
          } catch (SQLException fileFailed) {
            unreadable.put(file.id(), rejection(fileFailed));
          }
        }
      }
    }
    return unreadable;
  }

  private static void read(Connection connection, List<RegisterBatchFile> files, boolean crlf)
      throws SQLException {
    String paths =
        files.stream()
            .map(file -> "'" + file.path().replace("'", "''") + "'")
            .collect(Collectors.joining(", ", "[", "]"));
    // told, not sniffed: CRLF counts as one line break, and blank lines keep their numbers
    SqlScript.fromClasspath(
            "register/stage.sql",
            Map.of(
                "files", paths, "new_line", crlf ? "'\\r\\n'" : "'\\n'", "delimiter", "'\u001f'"))
        .executeOn(connection);
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
