package org.schoolattendance.ingest.school;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.schoolattendance.ingest.common.CsvTableLoader;
import org.schoolattendance.ingest.common.FileKind;
import org.schoolattendance.ingest.common.InputHeaders;
import org.schoolattendance.ingest.common.QuarantineEntry;

/** Loads the school directory. Each load is a full snapshot that replaces the previous one. */
final class SchoolDirectoryLoader extends CsvTableLoader {

  static final List<String> HEADER = InputHeaders.SCHOOLS;
  private static final Set<String> PHASES = Set.of("primary", "secondary", "special", "pru");
  private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

  SchoolDirectoryLoader() {
    super(FileKind.SCHOOL_DIRECTORY, "raw_school", HEADER);
  }

  @Override
  protected QuarantineEntry check(CSVRecord record, long line) {
    if (!record.get("urn").matches("\\d{6}")) {
      return error(line, "urn", "SCH002", "the URN must be 6 digits", record);
    }
    if (!record.get("la_code").matches("\\d{3}") || !record.get("estab").matches("\\d{4}")) {
      return error(
          line, "la_code", "SCH003", "the LA code must be 3 digits and estab 4 digits", record);
    }
    if (!PHASES.contains(record.get("phase"))) {
      return error(
          line, "phase", "SCH004", "the phase must be primary, secondary, special or pru", record);
    }
    if (!record.get("head_email").matches(EMAIL)) {
      return error(line, "head_email", "SCH005", "the headteacher email is not valid", record);
    }
    if (!record.get("clerk_email").isEmpty() && !record.get("clerk_email").matches(EMAIL)) {
      return error(line, "clerk_email", "SCH006", "the clerk email is not valid", record);
    }
    return null;
  }

  @Override
  protected List<Object> values(CSVRecord record) {
    return HEADER.stream().map(column -> (Object) emptyToNull(record.get(column))).toList();
  }

  @Override
  protected void replacePrevious(Connection connection, List<CSVRecord> goodRows)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("delete from raw_school");
    }
  }
}
