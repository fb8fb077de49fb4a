package org.schoolattendance.ingest.common;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.schoolattendance.ingest.common.QuarantineEntry.Severity;

/**
 * Loads a small CSV input row by row into one raw table: each row is checked, rows with an error go
 * to quarantine, rows with a query are loaded and listed, and loaded rows keep their load id, file
 * and line.
 */
public abstract class CsvTableLoader implements FileLoader {

  private final FileKind kind;
  private final String table;
  private final List<String> header;

  protected CsvTableLoader(FileKind kind, String table, List<String> header) {
    this.kind = kind;
    this.table = table;
    this.header = header;
  }

  /** Called before the first row of each file, for loaders that check rows against each other. */
  protected void startFile(InputFile file) throws FileRejectedException {}

  /** An error (the row is not loaded), a query (loaded, to be explained) or null when good. */
  protected abstract QuarantineEntry check(CSVRecord record, long line);

  /** The row's values for the table's columns before the lineage columns. */
  protected abstract List<Object> values(CSVRecord record);

  /** Values of columns the table has after its lineage columns (none unless overridden). */
  protected List<Object> trailingValues(CSVRecord record) {
    return List.of();
  }

  /** Removes what this file replaces, once its good rows are known. */
  protected abstract void replacePrevious(Connection connection, List<CSVRecord> goodRows)
      throws SQLException, FileRejectedException;

  @Override
  public FileLoadResult load(Connection connection, long loadId, InputFile file)
      throws SQLException, IOException, FileRejectedException {
    long start = System.nanoTime();
    List<QuarantineEntry> problems = new ArrayList<>();
    List<CSVRecord> good = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    long read = 0;
    long quarantined = 0;
    long queried = 0;
    startFile(file);
    try (CsvInput input = CsvFiles.open(file.path(), header)) {
      for (CSVRecord record : input) {
        read++;
        long line = input.line(record);
        QuarantineEntry problem =
            record.size() != header.size()
                ? error(
                    line,
                    null,
                    "CSV001",
                    "the row has " + record.size() + " fields, not " + header.size(),
                    record)
                : check(record, line);
        if (problem != null) {
          problems.add(problem);
        }
        if (problem != null && problem.severity() == Severity.ERROR) {
          quarantined++;
        } else {
          queried += problem == null ? 0 : 1;
          good.add(record);
          lines.add(line);
        }
      }
    }
    try {
      replacePrevious(connection, Collections.unmodifiableList(good));
    } catch (FileRejectedException rejected) {
      throw new FileRejectedException(rejected.getMessage(), read, rejected.entries());
    }
    append(connection, loadId, file, good, lines);
    LoadLedger.quarantine(connection, loadId, file, problems);
    return new FileLoadResult(
        kind,
        file.name(),
        FileLoadResult.Status.LOADED,
        read,
        good.size(),
        quarantined,
        queried,
        Duration.ofNanos(System.nanoTime() - start),
        null);
  }

  private void append(
      Connection connection, long loadId, InputFile file, List<CSVRecord> rows, List<Long> lines)
      throws SQLException {
    try (TableAppender appender = new TableAppender(connection, table)) {
      for (int i = 0; i < rows.size(); i++) {
        CSVRecord record = rows.get(i);
        List<Object> row = new ArrayList<>(values(record));
        row.add(loadId);
        row.add(file.name());
        row.add(lines.get(i));
        row.addAll(trailingValues(record));
        appender.row(row.toArray());
      }
    }
  }

  protected static QuarantineEntry error(
      long line, String field, String rule, String message, CSVRecord record) {
    return new QuarantineEntry(line, field, rule, Severity.ERROR, message, rawText(record));
  }

  protected static QuarantineEntry query(
      long line, String field, String rule, String message, CSVRecord record) {
    return new QuarantineEntry(line, field, rule, Severity.QUERY, message, rawText(record));
  }

  private static String rawText(CSVRecord record) {
    return String.join(",", record.toList());
  }

  protected static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
