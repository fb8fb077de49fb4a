package org.schoolattendance.ingest.published;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.schoolattendance.ingest.common.CsvFiles;
import org.schoolattendance.ingest.common.CsvInput;
import org.schoolattendance.ingest.common.FileRejectedException;
import org.schoolattendance.ingest.common.InputFile;
import org.schoolattendance.ingest.common.QuarantineEntry;
import org.schoolattendance.ingest.common.QuarantineEntry.Severity;
import org.schoolattendance.ingest.common.TableAppender;

/**
 * Loads the statistical neighbour groupings: per LA, columns 6, 8, … 24 hold the 1st to 10th
 * neighbour's code, each followed by its closeness (the file repeats the header {@code SNP}, so
 * columns are read by position). The groupings end at the first blank row; the "Old SNs" block
 * after it describes LAs that no longer exist and is not loaded.
 */
final class NeighbourFileLoader {

  private static final int NEIGHBOURS = 10;
  private static final int FIRST_NEIGHBOUR_COLUMN = 5;

  StatisticFileLoader.Counts load(
      Connection connection, long loadId, InputFile file, PublishedFile entry)
      throws SQLException, IOException, FileRejectedException {
    List<CSVRecord> groupings = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    List<QuarantineEntry> problems = new ArrayList<>();
    try (CsvInput input = CsvFiles.openAny(file.path())) {
      for (CSVRecord record : input) {
        if (record.get(0).isBlank()) {
          break;
        }
        long line = input.line(record);
        if (!record.get(0).matches("\\d{3}") || record.size() < FIRST_NEIGHBOUR_COLUMN + 20) {
          problems.add(
              new QuarantineEntry(
                  line,
                  "LA num",
                  "DFE002",
                  Severity.ERROR,
                  "a grouping needs a 3-digit LA code and 10 neighbours with closeness",
                  String.join(",", record.toList())));
          continue;
        }
        groupings.add(record);
        lines.add(line);
      }
    }
    Map<String, String> names = new HashMap<>();
    groupings.forEach(record -> names.put(record.get(0), record.get(1).strip()));
    try (Statement delete = connection.createStatement()) {
      delete.execute("delete from raw_dfe_statistical_neighbour");
    }
    try (TableAppender appender = new TableAppender(connection, "raw_dfe_statistical_neighbour")) {
      for (int i = 0; i < groupings.size(); i++) {
        CSVRecord record = groupings.get(i);
        for (int rank = 1; rank <= NEIGHBOURS; rank++) {
          int column = FIRST_NEIGHBOUR_COLUMN + 2 * (rank - 1);
          String neighbour = record.get(column).strip();
          appender.row(
              record.get(0),
              names.get(record.get(0)),
              rank,
              neighbour,
              names.get(neighbour),
              record.get(column + 1).strip(),
              loadId,
              entry.path(),
              lines.get(i));
        }
      }
    }
    long read = groupings.size() + problems.size();
    return new StatisticFileLoader.Counts(read, groupings.size(), problems);
  }
}
