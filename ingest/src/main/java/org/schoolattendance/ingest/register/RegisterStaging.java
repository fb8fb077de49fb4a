package org.schoolattendance.ingest.register;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.schoolattendance.ingest.common.FileRejectedException;
import org.schoolattendance.sql.warehouse.SqlScript;

/**
 * Reads and checks a batch of register exports in one statement ({@code register/read.sql}), with
 * one {@code read_csv} per line-ending style. When DuckDB cannot read the batch (a file that is not
 * UTF-8, say), each file is tried alone, the unreadable ones are rejected, each naming its line,
 * and the rest of the batch is read again.
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
          probe.execute(
              "select count(*) from (" + lines(List.of(file), file.preamble().crlf()) + ")");
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
    Map<Boolean, List<RegisterBatchFile>> byLineEnding =
        files.stream().collect(Collectors.partitioningBy(file -> file.preamble().crlf()));
    String lines =
        byLineEnding.entrySet().stream()
            .filter(group -> !group.getValue().isEmpty())
            .map(group -> lines(group.getValue(), group.getKey()))
            .collect(Collectors.joining(" union all "));
    if (lines.isEmpty()) {
      lines = "select null::varchar as file_path, 0::bigint as position, null::varchar as line";
    }
    SqlScript.fromClasspath("register/read.sql", Map.of("lines", lines)).executeOn(connection);
  }

  /**
   * The files' lines, numbered in read order. Told, not sniffed: CRLF counts as one line break and
   * blank lines keep their numbers; a delimiter that never occurs gives each line whole.
   */
  private static String lines(List<RegisterBatchFile> files, boolean crlf) {
    String paths =
        files.stream()
            .map(file -> "'" + file.path().replace("'", "''") + "'")
            .collect(Collectors.joining(", ", "[", "]"));
    return "(select filename as file_path, row_number() over () as position, line"
        + " from read_csv("
        + paths
        + ", columns = {'line': 'VARCHAR'}, header = false, delim = '\u001f', new_line = "
        + (crlf ? "'\\r\\n'" : "'\\n'")
        + ", quote = '', escape = '', auto_detect = false, strict_mode = false,"
        + " all_varchar = true, filename = true))";
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
