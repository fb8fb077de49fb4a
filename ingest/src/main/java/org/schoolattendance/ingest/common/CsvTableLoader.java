package org.schoolattendance.ingest.common;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.schoolattendance.ingest.common.QuarantineEntry.Severity;

/**
 * Loads a small CSV input row by row into one raw table: each row is checked, bad rows go to
 * quarantine, good rows are inserted with their load id, file and line.
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

  /** The reason a row must not be loaded, or null when it is good. */
  protected abstract QuarantineEntry check(CSVRecord record, long line);

  /** The row's values for the table's columns before the lineage columns. */
  protected abstract List<Object> values(CSVRecord record);

  /** Removes what this file replaces, once its good rows are known. */
  protected abstract void replacePrevious(Connection connection, List<CSVRecord> goodRows)
      throws SQLException;

  @Override
  public FileLoadResult load(Connection connection, long loadId, InputFile file)
      throws SQLException, IOException, FileRejectedException {
    long start = System.nanoTime();
    List<QuarantineEntry> quarantined = new ArrayList<>();
    List<CSVRecord> good = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    long read = 0;
    try (CSVParser parser = CsvFiles.open(file.path(), header)) {
      for (CSVRecord record : parser) {
        read++;
        long line = record.getRecordNumber() + 1;
        QuarantineEntry problem =
            record.size() != header.size()
                ? error(line, null, "CSV001", "the row has " + record.size() + " fields", record)
                : check(record, line);
        if (problem == null) {
          good.add(record);
          lines.add(line);
        } else {
          quarantined.add(problem);
        }
      }
    }
    replacePrevious(connection, Collections.unmodifiableList(good));
    insert(connection, loadId, file, good, lines);
    LoadLedger.quarantine(connection, loadId, file, quarantined);
    return new FileLoadResult(
        kind,
        file.name(),
        FileLoadResult.Status.LOADED,
        read,
        good.size(),
        quarantined.size(),
        0,
        Duration.ofNanos(System.nanoTime() - start),
        null);
  }

  private void insert(
      Connection connection, long loadId, InputFile file, List<CSVRecord> rows, List<Long> lines)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    int columns = values(rows.get(0)).size() + 3;
    String placeholders = String.join(", ", Collections.nCopies(columns, "?"));
    try (PreparedStatement insert =
        connection.prepareStatement("insert into " + table + " values (" + placeholders + ")")) {
      for (int r = 0; r < rows.size(); r++) {
        List<Object> values = values(rows.get(r));
        for (int i = 0; i < values.size(); i++) {
          insert.setObject(i + 1, values.get(i));
        }
        insert.setLong(values.size() + 1, loadId);
        insert.setString(values.size() + 2, file.name());
        insert.setLong(values.size() + 3, lines.get(r));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  protected static QuarantineEntry error(
      long line, String field, String rule, String message, CSVRecord record) {
    return new QuarantineEntry(
        line, field, rule, Severity.ERROR, message, String.join(",", record.toList()));
  }

  protected static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
