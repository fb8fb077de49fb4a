package org.schoolattendance.sql.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schoolattendance.sql.model.RegisterFixture.insertAutumnTerm;
import static org.schoolattendance.sql.model.RegisterFixture.insertCensus;
import static org.schoolattendance.sql.model.RegisterFixture.insertMarks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two one-week autumn terms a year apart, worked out by hand: Mon 4 to Fri 8 September 2023 and Mon
 * 2 to Fri 6 September 2024 at school 100001. Pupil P attends every session except Wed 6 September
 * 2023 (I I) and Thu 5 September 2024 AM (N): 2023 possible 10, absence 2 (20%); 2024 possible 10,
 * absence 1 (exactly 10%).
 *
 * <p>The registers cover September 2023 to September 2024, so the first month end with 12 months of
 * registers behind it is August 2024 and the last is September 2024 (the month of the latest
 * register date): 2024-08-r12 runs September 2023 to August 2024 (possible 10, absence 2, 20%,
 * persistent, academic year 2023/24, the same as that academic year) and 2024-09-r12 runs October
 * 2023 to September 2024 (possible 10, absence 1, exactly 10%: persistent, academic year 2024/25).
 */
class RollingTwelveMonthsTests extends BuiltWarehouse {

  @Override
  void insertRawRows(Statement sql) throws SQLException {
    insertAutumnTerm(sql, "2023/24", "2023-09-04", "2023-09-08");
    insertAutumnTerm(sql, "2024/25", "2024-09-02", "2024-09-06");
    insertCensus(sql, "P", "2015-01-01");
    insertMarks(sql, "100001", "P", "2023-09-01", null, week("2023-09-0", 4, "I", "I", 6));
    insertMarks(sql, "100001", "P", "2023-09-01", null, week("2024-09-0", 2, "N", "/", 5));
  }

  /** Present every session of the week starting on that day, except one day's AM and PM. */
  private static List<String> week(String month, int monday, String am, String pm, int day) {
    List<String> marks = new java.util.ArrayList<>();
    for (int d = monday; d < monday + 5; d++) {
      marks.add(month + d + ",AM," + (d == day ? am : "/"));
      marks.add(month + d + ",PM," + (d == day ? pm : "\\"));
    }
    return marks;
  }

  @Test
  void eachMonthEndWithTwelveMonthsOfRegistersHasItsOwnRollingYear() throws SQLException {
    try (Statement sql = connection.createStatement();
        ResultSet row =
            sql.executeQuery(
                "select period_id, academic_year, period_start, period_end, possible_sessions,"
                    + " overall_absence_sessions, is_persistent_absentee from"
                    + " mart_enrolment_period where period_type = 'rolling_12_months' order by"
                    + " period_end")) {
      assertThat(row.next()).isTrue();
      assertThat(row.getString("period_id")).isEqualTo("2024-08-r12");
      assertThat(row.getString("academic_year")).isEqualTo("2023/24");
      assertThat(row.getString("period_start")).isEqualTo("2023-09-01");
      assertThat(row.getString("period_end")).isEqualTo("2024-08-31");
      assertThat(row.getLong("possible_sessions")).isEqualTo(10);
      assertThat(row.getLong("overall_absence_sessions")).isEqualTo(2);
      assertThat(row.getBoolean("is_persistent_absentee")).isTrue();
      assertThat(row.next()).isTrue();
      assertThat(row.getString("period_id")).isEqualTo("2024-09-r12");
      assertThat(row.getString("academic_year")).isEqualTo("2024/25");
      assertThat(row.getString("period_start")).isEqualTo("2023-10-01");
      assertThat(row.getString("period_end")).isEqualTo("2024-09-30");
      assertThat(row.getLong("possible_sessions")).isEqualTo(10);
      assertThat(row.getLong("overall_absence_sessions")).isEqualTo(1);
      assertThat(row.getBoolean("is_persistent_absentee")).isTrue();
      assertThat(row.next()).isFalse();
    }
  }

  @Test
  void schoolAndLaRowsCarryTheRollingYearOverall() throws SQLException {
    assertThat(
            longs(
                "select enrolments, possible_sessions, overall_absence_sessions,"
                    + " persistent_absentees from mart_group_period where period_type ="
                    + " 'rolling_12_months' and cohort = 'all_enrolments' and dimension = 'all'"
                    + " and geography_level = 'la' order by period_end"))
        .containsExactly(1L, 10L, 2L, 1L, 1L, 10L, 1L, 1L);
  }
}
