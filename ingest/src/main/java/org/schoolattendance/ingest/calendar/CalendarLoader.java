package org.schoolattendance.ingest.calendar;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVRecord;
import org.schoolattendance.ingest.common.CsvTableLoader;
import org.schoolattendance.ingest.common.FileKind;
import org.schoolattendance.ingest.common.InputHeaders;
import org.schoolattendance.ingest.common.QuarantineEntry;

/** Loads a term calendar; it replaces the entries of the academic years it covers. */
final class CalendarLoader extends CsvTableLoader {

  static final List<String> HEADER = InputHeaders.CALENDAR;
  private static final Set<String> KINDS =
      Set.of("term", "half_term", "bank_holiday", "inset", "closure");
  private static final Set<String> TERMS = Set.of("autumn", "spring", "summer");

  CalendarLoader() {
    super(FileKind.CALENDAR, "raw_calendar", HEADER);
  }

  @Override
  protected QuarantineEntry check(CSVRecord record, long line) {
    if (!record.get("academic_year").matches("\\d{4}/\\d{2}")) {
      return error(
          line, "academic_year", "CAL001", "the academic year must be like 2024/25", record);
    }
    String kind = record.get("kind");
    if (!KINDS.contains(kind)) {
      return error(line, "kind", "CAL002", "unknown calendar entry kind", record);
    }
    if ((kind.equals("term") || kind.equals("half_term")) && !TERMS.contains(record.get("name"))) {
      return error(line, "name", "CAL003", "a term must be autumn, spring or summer", record);
    }
    LocalDate start = date(record.get("start_date"));
    LocalDate end = date(record.get("end_date"));
    if (start == null || end == null || end.isBefore(start)) {
      return error(line, "start_date", "CAL004", "dates must be yyyy-MM-dd, start <= end", record);
    }
    String urn = record.get("urn");
    if (!urn.isEmpty() && !urn.matches("\\d{6}")) {
      return error(line, "urn", "CAL005", "the URN must be 6 digits or empty", record);
    }
    if ((kind.equals("inset") || kind.equals("closure")) && urn.isEmpty()) {
      return error(line, "urn", "CAL006", "INSET days and closures need the school's URN", record);
    }
    return null;
  }

  @Override
  protected List<Object> values(CSVRecord record) {
    return Arrays.asList(
        record.get("academic_year"),
        record.get("kind"),
        record.get("name"),
        date(record.get("start_date")),
        date(record.get("end_date")),
        emptyToNull(record.get("urn")));
  }

  @Override
  protected void replacePrevious(Connection connection, List<CSVRecord> goodRows)
      throws SQLException {
    Set<String> years = new TreeSet<>();
    goodRows.forEach(record -> years.add(record.get("academic_year")));
    try (PreparedStatement delete =
        connection.prepareStatement("delete from raw_calendar where academic_year = ?")) {
      for (String year : years) {
        delete.setString(1, year);
        delete.executeUpdate();
      }
    }
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
