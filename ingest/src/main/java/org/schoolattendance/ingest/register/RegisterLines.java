package org.schoolattendance.ingest.register;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The SQL that gives every physical line of a set of register exports as {@code (file_id,
 * source_line, line)}, numbered from 1 in its own file, blank lines keeping their numbers. Told,
 * not sniffed: one {@code read_csv} per line-ending style streams the files as one-column rows, so
 * DuckDB never holds a file whole, and its read error names the line of a byte that is not UTF-8.
 */
final class RegisterLines {

  private RegisterLines() {}

  /** The lines of all the files. */
  static String of(List<RegisterBatchFile> files) {
    Map<Boolean, List<RegisterBatchFile>> byLineEnding =
        files.stream().collect(Collectors.partitioningBy(file -> file.preamble().crlf()));
    String lines =
        byLineEnding.entrySet().stream()
            .filter(group -> !group.getValue().isEmpty())
            .map(group -> "select * from (" + numbered(group.getValue(), group.getKey()) + ")")
            .collect(Collectors.joining(" union all "));
    return lines.isEmpty()
        ? "select null::integer as file_id, null::bigint as source_line, null::varchar as line"
            + " where false"
        : lines;
  }

  /** The lines of one file, whose read error names the line it failed at. */
  static String of(RegisterBatchFile file) {
    return numbered(List.of(file), file.preamble().crlf());
  }

  /**
   * One-column rows: a delimiter that never occurs gives each line whole, and no quote character
   * means a quote never joins two lines. Read order numbers the rows across the files; each file's
   * numbers then start from 1.
   */
  private static String numbered(List<RegisterBatchFile> files, boolean crlf) {
    return "with numbered as (select filename, row_number() over () as position, line"
        + " from read_csv("
        + paths(files)
        + ", columns = {'line': 'VARCHAR'}, header = false, delim = '\u001f', new_line = "
        + (crlf ? "'\\r\\n'" : "'\\n'")
        + ", quote = '', escape = '', auto_detect = false, strict_mode = false,"
        + " all_varchar = true, filename = true)),"
        + " file_start as (select filename, min(position) - 1 as before_first from numbered"
        + " group by filename)"
        + " select files.file_id, numbered.position - file_start.before_first as source_line,"
        + " numbered.line from numbered join file_start using (filename)"
        + " join register_file as files on files.file_path = numbered.filename";
  }

  private static String paths(List<RegisterBatchFile> files) {
    return files.stream()
        .map(file -> "'" + file.path().replace("'", "''") + "'")
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
