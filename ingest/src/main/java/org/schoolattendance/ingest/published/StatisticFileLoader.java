package org.schoolattendance.ingest.published;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;
import org.schoolattendance.ingest.common.CsvFiles;
import org.schoolattendance.ingest.common.CsvInput;
import org.schoolattendance.ingest.common.FileRejectedException;
import org.schoolattendance.ingest.common.InputFile;
import org.schoolattendance.ingest.common.QuarantineEntry;
import org.schoolattendance.ingest.common.QuarantineEntry.Severity;
import org.schoolattendance.ingest.common.TableAppender;

/**
 * Turns one wide Explore Education Statistics CSV into the long table {@code raw_dfe_statistic}:
 * one row per published cell, keeping the row's geography, phase, characteristic, period and
 * population. A cell holding a symbol is loaded with a null value and its symbol.
 */
final class StatisticFileLoader {

  record Counts(long read, long loaded, List<QuarantineEntry> problems) {}

  Counts load(Connection connection, long loadId, InputFile file, PublishedFile entry)
      throws SQLException, IOException, FileRejectedException {
    delete(connection, entry);
    List<QuarantineEntry> problems = new ArrayList<>();
    long read = 0;
    try (CsvInput input = CsvFiles.openAny(file.path());
        TableAppender appender = new TableAppender(connection, "raw_dfe_statistic")) {
      List<String> header =
          input.headerNames().stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
      requireTimeColumns(header, entry);
      for (CSVRecord record : input) {
        read++;
        long line = input.line(record);
        if (record.size() != header.size()) {
          problems.add(
              new QuarantineEntry(
                  line,
                  null,
                  "DFE001",
                  Severity.ERROR,
                  "the row has " + record.size() + " fields, not " + header.size(),
                  String.join(",", record.toList())));
          continue;
        }
        PublishedRow row = new PublishedRow(header, record, entry);
        for (int column = 0; column < header.size(); column++) {
          String measure = header.get(column);
          if (!measure.isEmpty() && !StatisticColumns.DIMENSIONS.contains(measure)) {
            appender.row(row.cell(entry, line, measure, record.get(column), loadId));
          }
        }
      }
    }
    return new Counts(read, read - problems.size(), problems);
  }

  private static void requireTimeColumns(List<String> header, PublishedFile entry)
      throws FileRejectedException {
    boolean hasTime = StatisticColumns.TIME_PERIOD.stream().anyMatch(header::contains);
    if (!hasTime && entry.timePeriod() == null) {
      throw new FileRejectedException(
          "line 1: no time_period column, and the catalogue gives none for " + entry.path(),
          0,
          List.of());
    }
  }

  private static void delete(Connection connection, PublishedFile entry) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("delete from raw_dfe_statistic where source_file = ?")) {
      delete.setString(1, entry.path());
      delete.executeUpdate();
    }
  }
}
