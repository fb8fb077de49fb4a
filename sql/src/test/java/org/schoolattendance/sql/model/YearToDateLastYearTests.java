package org.schoolattendance.sql.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schoolattendance.sql.model.RegisterFixture.insertAutumnTerm;
import static org.schoolattendance.sql.model.RegisterFixture.insertCensus;
import static org.schoolattendance.sql.model.RegisterFixture.insertMarks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The year to date and what it is compared with, worked out by hand at school 100001. Autumn
 * 2023/24 runs three weeks, Mon 4 to Fri 22 September 2023; autumn 2024/25 runs Mon 2 to Fri 13
 * September 2024, but registers are loaded only to Wed 11 September 2024, so the 2024/25 year to
 * date ends that day. The same date a year before is Mon 11 September 2023; cells are weekly, so
 * 2023/24-ytd-same-date runs from 1 September 2023 to the end of that school week, Sun 17 September
 * 2023: two weeks, 10 school days.
 *
 * <p>Pupil P (in the headline cohort) is present every session except Wed 6 September 2023 (I I,
 * authorised), Fri 15 September 2023 AM (G, unauthorised: after the same date, but in its week, so
 * counted), Tue 19 September 2023 (N N, the week after, not counted) and Tue 10 September 2024 AM
 * (N). So 2023/24-ytd-same-date: possible 20, attending 17, authorised 2, unauthorised 1, absence
 * 3/20 = 15%, persistent; the whole year 2023/24: possible 30, absence 5; 2024/25-ytd: possible 16
 * (8 days), absence 1.
 *
 * <p>Pupil Q is admitted on Mon 18 September 2023, after the cut: no row for the comparison period.
 */
class YearToDateLastYearTests extends BuiltWarehouse {

  private static final String PERIOD = "2023/24-ytd-same-date";

  @Override
  void insertRawRows(Statement sql) throws SQLException {
    insertAutumnTerm(sql, "2023/24", "2023-09-04", "2023-09-22");
    insertAutumnTerm(sql, "2024/25", "2024-09-02", "2024-09-13");
    insertCensus(sql, "P", "2015-01-01");
    insertCensus(sql, "Q", "2015-02-01");
    List<String> pupilP =
        new ArrayList<>(
            days(
                "2023-09-", 4, 22, List.of("06,AM,I", "06,PM,I", "15,AM,G", "19,AM,N", "19,PM,N")));
    pupilP.addAll(days("2024-09-", 2, 11, List.of("10,AM,N")));
    insertMarks(sql, "100001", "P", "2023-09-01", null, pupilP);
    insertMarks(sql, "100001", "Q", "2023-09-18", null, days("2023-09-", 18, 22, List.of()));
  }

  /**
   * "date,session,mark" for every weekday from the first to the last day of the month given (days
   * of one month, as two digits), present (/ and \) unless an exception "dd,session,mark" says
   * otherwise.
   */
  private static List<String> days(String month, int first, int last, List<String> exceptions) {
    List<String> marks = new ArrayList<>();
    for (int day = first; day <= last; day++) {
      String date = month + String.format("%02d", day);
      if (LocalDate.parse(date).getDayOfWeek().getValue() > 5) {
        continue;
      }
      marks.add(mark(date, "AM", "/", exceptions));
      marks.add(mark(date, "PM", "\\", exceptions));
    }
    return marks;
  }

  private static String mark(String date, String session, String present, List<String> exceptions) {
    String prefix = date.substring(8) + "," + session + ",";
    String mark =
        exceptions.stream()
            .filter(e -> e.startsWith(prefix))
            .map(e -> e.substring(prefix.length()))
            .findFirst()
            .orElse(present);
    return date + "," + session + "," + mark;
  }

  @Test
  void theEarlierYearToTheWeekOfTheSameDateIsItsOwnPeriod() throws SQLException {
    String comparison = " from mart_enrolment_period where period_id = '" + PERIOD + "'";
    // One row: P's (Q, admitted after the cut, has none)
    assertThat(
            longs(
                "select possible_sessions, attendance_sessions, authorised_absence_sessions,"
                    + " unauthorised_absence_sessions, overall_absence_sessions,"
                    + " cast(is_persistent_absentee as int), cast(in_headline_cohort as int)"
                    + comparison))
        .containsExactly(20L, 17L, 2L, 1L, 3L, 1L, 1L);
    try (Statement sql = connection.createStatement();
        ResultSet row =
            sql.executeQuery(
                "select academic_year, period_type, period_start, period_end" + comparison)) {
      assertThat(row.next()).isTrue();
      assertThat(List.of(row.getString(1), row.getString(2), row.getString(3), row.getString(4)))
          .containsExactly("2023/24", "year_to_date_last_year", "2023-09-01", "2023-09-17");
    }
  }

  @Test
  void theYearsThemselvesKeepTheirOwnPeriods() throws SQLException {
    // By period id: P's 2023/24 year and year to date (the whole year, its registers being
    // complete), 2023/24-ytd-same-date, then the 2024/25 year and year to date (both to Wed 11
    // September 2024); no 2024/25-ytd-same-date, as no later year has a year to date.
    assertThat(
            longs(
                "select possible_sessions, overall_absence_sessions from mart_enrolment_period"
                    + " join dim_pupil using (pupil_key) where period_type in ('academic_year',"
                    + " 'year_to_date', 'year_to_date_last_year') and upn = 'UPN-P'"
                    + " order by period_id"))
        .containsExactly(30L, 5L, 30L, 5L, 20L, 3L, 16L, 1L, 16L, 1L);
  }

  @Test
  void groupsCarryTheComparisonPeriodOnceForEverySubgroup() throws SQLException {
    assertThat(
            longs(
                "select count(distinct dimension), min(enrolments), max(enrolments),"
                    + " min(possible_sessions), max(overall_absence_sessions),"
                    + " max(persistent_absentees) from mart_group_period where period_id = '"
                    + PERIOD
                    + "' and geography_level = 'la' and cohort = 'headline'"))
        .containsExactly(8L, 1L, 1L, 20L, 3L, 1L);
    assertThat(
            longs(
                "select count(*) from mart_absence_band where period_id = '"
                    + PERIOD
                    + "' union all select count(*) from mart_school_term where term_id = '"
                    + PERIOD
                    + "'"))
        .as("bands and school terms are for reported periods only")
        .containsExactly(0L, 0L);
  }
}
