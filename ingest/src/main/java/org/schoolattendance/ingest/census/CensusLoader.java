package org.schoolattendance.ingest.census;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.schoolattendance.ingest.common.FileKind;
import org.schoolattendance.ingest.common.FileLoadResult;
import org.schoolattendance.ingest.common.FileLoader;
import org.schoolattendance.ingest.common.FileRejectedException;
import org.schoolattendance.ingest.common.InputFile;
import org.schoolattendance.ingest.common.LoadLedger;
import org.schoolattendance.ingest.common.QuarantineEntry;
import org.schoolattendance.ingest.common.QuarantineEntry.Severity;
import org.schoolattendance.ingest.common.TableAppender;
import org.schoolattendance.ingest.common.Upn;

/**
 * Loads one census return. A later version of the same school's census replaces the earlier one.
 * Pupils with errors are quarantined by element path; totals that contradict each other are loaded
 * as queries.
 */
final class CensusLoader implements FileLoader {

  /** School census covers nursery to post-16: anything outside these ages is a keying error. */
  private static final int MIN_AGE = 2;

  private static final int MAX_AGE = 25;

  private final CensusXmlParser parser = new CensusXmlParser();

  @Override
  public FileLoadResult load(Connection connection, long loadId, InputFile file)
      throws SQLException, IOException, FileRejectedException {
    long start = System.nanoTime();
    CensusReturn census = parser.parse(file.path());
    CensusHeader header = census.header();
    replacePrevious(connection, header);
    List<QuarantineEntry> problems = new ArrayList<>();
    long loaded = 0;
    long queried = 0;
    try (TableAppender pupils = new TableAppender(connection, "raw_census_pupil");
        TableAppender fsm = new TableAppender(connection, "raw_census_fsm_period");
        TableAppender termly = new TableAppender(connection, "raw_census_attendance");
        TableAppender reasons = new TableAppender(connection, "raw_census_reason")) {
      for (CensusPupil pupil : census.pupils()) {
        QuarantineEntry error = check(pupil, header.referenceDate());
        if (error != null) {
          problems.add(error);
          continue;
        }
        String upn = pupil.get("UPN");
        Object[] lineage = {loadId, file.name(), pupil.elementPath};
        pupils.row(
            concat(
                new Object[] {
                  header.urn(),
                  header.term(),
                  header.year(),
                  header.referenceDate(),
                  pupil.onRoll,
                  upn,
                  pupil.get("Surname"),
                  pupil.get("Forename"),
                  date(pupil.get("DOB")),
                  pupil.get("Sex"),
                  pupil.get("Ethnicity"),
                  pupil.get("FirstLanguage"),
                  fsmEligibleOn(pupil, header.referenceDate()),
                  pupil.get("SENprovision"),
                  pupil.get("EnrolStatus"),
                  date(pupil.get("EntryDate")),
                  date(pupil.get("LeavingDate")),
                  pupil.get("NCyearActual")
                },
                lineage));
        for (Map<String, String> period : pupil.fsmPeriods) {
          fsm.row(
              concat(
                  new Object[] {
                    header.urn(),
                    header.term(),
                    header.year(),
                    upn,
                    date(period.get("FSMstartDate")),
                    date(period.get("FSMendDate"))
                  },
                  lineage));
        }
        for (CensusPupil.TermlyAttendance term : pupil.attendance) {
          QuarantineEntry query = checkTotals(pupil, term);
          if (query != null) {
            problems.add(query);
            queried++;
          }
          termly.row(
              concat(
                  new Object[] {
                    header.urn(),
                    header.term(),
                    header.year(),
                    upn,
                    term.values.get("AcademicYear"),
                    term.values.get("Term"),
                    integer(term.values.get("SessionsPossible")),
                    integer(term.values.get("SessionsAuthorised")),
                    integer(term.values.get("SessionsUnauthorised"))
                  },
                  lineage));
          for (String[] reason : term.reasons) {
            reasons.row(
                concat(
                    new Object[] {
                      header.urn(),
                      header.term(),
                      header.year(),
                      upn,
                      term.values.get("AcademicYear"),
                      term.values.get("Term"),
                      reason[0],
                      integer(reason[1])
                    },
                    lineage));
          }
        }
        loaded++;
      }
    }
    LoadLedger.quarantine(connection, loadId, file, problems);
    long read = census.pupils().size();
    return new FileLoadResult(
        FileKind.CENSUS,
        file.name(),
        FileLoadResult.Status.LOADED,
        read,
        loaded,
        read - loaded,
        queried,
        Duration.ofNanos(System.nanoTime() - start),
        null);
  }

  private static void replacePrevious(Connection connection, CensusHeader header)
      throws SQLException {
    for (String table :
        List.of(
            "raw_census_pupil",
            "raw_census_fsm_period",
            "raw_census_attendance",
            "raw_census_reason")) {
      try (PreparedStatement delete =
          connection.prepareStatement(
              "delete from " + table + " where urn = ? and census_term = ? and census_year = ?")) {
        delete.setString(1, header.urn());
        delete.setString(2, header.term());
        delete.setInt(3, header.year());
        delete.executeUpdate();
      }
    }
  }

  private static QuarantineEntry check(CensusPupil pupil, LocalDate censusDay) {
    String upn = pupil.get("UPN");
    if (upn == null || !Upn.isValid(upn)) {
      return error(pupil, "UPN", "CEN001", "the UPN is malformed or its check letter is wrong");
    }
    LocalDate birth = date(pupil.get("DOB"));
    if (birth == null
        || birth.plusYears(MIN_AGE).isAfter(censusDay)
        || !birth.plusYears(MAX_AGE + 1).isAfter(censusDay)) {
      return error(
          pupil,
          "DOB",
          "CEN002",
          "the date of birth is missing or implausible (age on census day not "
              + MIN_AGE
              + " to "
              + MAX_AGE
              + ")");
    }
    if (date(pupil.get("EntryDate")) == null) {
      return error(pupil, "EntryDate", "CEN003", "the entry date is missing or not yyyy-MM-dd");
    }
    return null;
  }

  private static QuarantineEntry checkTotals(CensusPupil pupil, CensusPupil.TermlyAttendance term) {
    Integer possible = integer(term.values.get("SessionsPossible"));
    Integer authorised = integer(term.values.get("SessionsAuthorised"));
    Integer unauthorised = integer(term.values.get("SessionsUnauthorised"));
    int reasons =
        term.reasons.stream().mapToInt(r -> integer(r[1]) == null ? 0 : integer(r[1])).sum();
    if (possible == null || authorised == null || unauthorised == null) {
      return query(pupil, "CEN101", "termly attendance totals are missing");
    }
    if (authorised + unauthorised > possible || authorised + unauthorised != reasons) {
      return query(
          pupil,
          "CEN102",
          "termly totals contradict each other (absence exceeds possible sessions,"
              + " or reasons do not add up to the absence)");
    }
    return null;
  }

  private static Boolean fsmEligibleOn(CensusPupil pupil, LocalDate day) {
    return pupil.fsmPeriods.stream()
        .anyMatch(
            period -> {
              LocalDate from = date(period.get("FSMstartDate"));
              LocalDate to = date(period.get("FSMendDate"));
              return from != null && !from.isAfter(day) && (to == null || !to.isBefore(day));
            });
  }

  private static QuarantineEntry error(
      CensusPupil pupil, String field, String rule, String message) {
    return new QuarantineEntry(pupil.line, field, rule, Severity.ERROR, message, pupil.elementPath);
  }

  private static QuarantineEntry query(CensusPupil pupil, String rule, String message) {
    return new QuarantineEntry(
        pupil.line, "TermlyAttendance", rule, Severity.QUERY, message, pupil.elementPath);
  }

  private static Object[] concat(Object[] values, Object[] lineage) {
    Object[] row = new Object[values.length + lineage.length];
    System.arraycopy(values, 0, row, 0, values.length);
    System.arraycopy(lineage, 0, row, values.length, lineage.length);
    return row;
  }

  private static LocalDate date(String text) {
    try {
      return text == null || text.isEmpty() ? null : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Integer integer(String text) {
    try {
      return text == null || text.isEmpty() ? null : Integer.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
