package org.schoolattendance.ingest.intervention;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.schoolattendance.ingest.common.CsvTableLoader;
import org.schoolattendance.ingest.common.FileKind;
import org.schoolattendance.ingest.common.FileRejectedException;
import org.schoolattendance.ingest.common.InputFile;
import org.schoolattendance.ingest.common.InputHeaders;
import org.schoolattendance.ingest.common.QuarantineEntry;
import org.schoolattendance.ingest.common.Upn;

/**
 * Loads an intervention log. A log covers one academic year up to the date in its name; it replaces
 * an older log of that year, and a log older than one already loaded is rejected as superseded.
 */
final class InterventionLogLoader extends CsvTableLoader {

  static final List<String> HEADER = InputHeaders.INTERVENTIONS;
  private static final Pattern COVERS_TO = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.csv$");

  private LocalDate coversTo;
  private final Set<String> visitedPupils = new HashSet<>();

  InterventionLogLoader() {
    super(FileKind.INTERVENTION_LOG, "raw_contact", HEADER);
  }

  @Override
  protected void startFile(InputFile file) throws FileRejectedException {
    Matcher date = COVERS_TO.matcher(file.name());
    coversTo = date.find() ? parseDate(date.group(1)) : null;
    if (coversTo == null) {
      throw new FileRejectedException(
          "the file name must end with the last day the log covers, as"
              + " interventions-yyyy-MM-dd.csv",
          0,
          List.of());
    }
    visitedPupils.clear();
  }

  @Override
  protected QuarantineEntry check(CSVRecord row, long line) {
    if (!Upn.isValid(row.get("upn"))) {
      return error(line, "upn", "CON001", "the UPN is malformed or its check letter is wrong", row);
    }
    if (!row.get("urn").matches("\\d{6}")) {
      return error(line, "urn", "CON002", "the URN must be 6 digits", row);
    }
    LocalDate date = parseDate(row.get("date"));
    if (date == null || date.isAfter(coversTo)) {
      return error(
          line, "date", "CON003", "the date must be yyyy-MM-dd, on or before the log's end", row);
    }
    if (!ContactRule.TYPES.contains(row.get("type"))) {
      return error(line, "type", "CON004", "unknown contact type", row);
    }
    String role = row.get("visitor_role");
    if (!role.isEmpty() && !ContactRule.VISITOR_ROLES.contains(role)) {
      return error(line, "visitor_role", "CON005", "unknown visitor role", row);
    }
    Integer staff = parseCount(row.get("staff_present"));
    if (staff == null) {
      return error(
          line, "staff_present", "CON006", "staff present must be a whole number >= 0", row);
    }
    if (!row.get("risk_assessed").matches("[yn]")) {
      return error(line, "risk_assessed", "CON007", "risk assessed must be y or n", row);
    }
    if (!ContactRule.REASONS.contains(row.get("reason"))) {
      return error(line, "reason", "CON008", "unknown contact reason", row);
    }
    return queries(row, line, staff);
  }

  private QuarantineEntry queries(CSVRecord row, long line, int staff) {
    if (!row.get("type").equals("home_visit")) {
      return null;
    }
    boolean first = visitedPupils.add(row.get("upn") + "|" + row.get("urn"));
    if (first && staff < 2) {
      return query(
          line,
          "staff_present",
          "CON101",
          "a first home visit should be made by at least two staff",
          row);
    }
    if (row.get("risk_assessed").equals("n")) {
      return query(
          line, "risk_assessed", "CON102", "a home visit without a recorded risk assessment", row);
    }
    return null;
  }

  @Override
  protected List<Object> values(CSVRecord row) {
    return Arrays.asList(
        row.get("upn"),
        row.get("urn"),
        parseDate(row.get("date")),
        row.get("type"),
        emptyToNull(row.get("visitor_role")),
        parseCount(row.get("staff_present")),
        row.get("risk_assessed").equals("y"),
        row.get("reason"),
        emptyToNull(row.get("outcome")),
        emptyToNull(row.get("notes")));
  }

  @Override
  protected List<Object> trailingValues(CSVRecord row) {
    List<String> formulas = new ArrayList<>();
    for (String field : List.of("outcome", "notes")) {
      if (ContactRule.looksLikeFormula(row.get(field))) {
        formulas.add(field);
      }
    }
    return Arrays.asList(
        formulas.isEmpty() ? null : String.join(",", formulas),
        academicYear(parseDate(row.get("date"))),
        coversTo);
  }

  @Override
  protected void replacePrevious(Connection connection, List<CSVRecord> goodRows)
      throws SQLException, FileRejectedException {
    Set<String> years = new TreeSet<>();
    goodRows.forEach(row -> years.add(academicYear(parseDate(row.get("date")))));
    for (String year : years) {
      LocalDate newer = newestLoaded(connection, year);
      if (newer != null && newer.isAfter(coversTo)) {
        throw new FileRejectedException(
            "superseded: a log of "
                + year
                + " covering to "
                + newer
                + " is already loaded, and this one covers only to "
                + coversTo,
            goodRows.size(),
            List.of());
      }
    }
    try (PreparedStatement delete =
        connection.prepareStatement("delete from raw_contact where academic_year = ?")) {
      for (String year : years) {
        delete.setString(1, year);
        delete.executeUpdate();
      }
    }
  }

  private static LocalDate newestLoaded(Connection connection, String year) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "select max(covers_to) from raw_contact where academic_year = ?")) {
      query.setString(1, year);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        Date date = rows.getDate(1);
        return date == null ? null : date.toLocalDate();
      }
    }
  }

  /** 1 September to 31 August, written 2024/25. */
  static String academicYear(LocalDate date) {
    int start = date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
    return start + "/" + String.format("%02d", (start + 1) % 100);
  }

  private static LocalDate parseDate(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Integer parseCount(String text) {
    return text.matches("\\d{1,3}") ? Integer.valueOf(text) : null;
  }
}
