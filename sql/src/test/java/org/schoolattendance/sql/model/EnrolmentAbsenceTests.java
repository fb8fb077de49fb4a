package org.schoolattendance.sql.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schoolattendance.sql.model.RegisterFixture.insertAutumnTerm;
import static org.schoolattendance.sql.model.RegisterFixture.insertCensus;
import static org.schoolattendance.sql.model.RegisterFixture.insertMarks;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One week of autumn 2023 (Mon 4 to Fri 8 September) at school 100001, worked out by hand. Pupil P
 * is O (absent in other or unknown circumstances) on Monday AM and PM and Thursday AM, I (illness)
 * on Tuesday AM, and present otherwise: 10 possible sessions, 4 absent, 3 of them O. Pupil Q is
 * present every session.
 */
class EnrolmentAbsenceTests extends BuiltWarehouse {

  @Override
  void insertRawRows(Statement sql) throws SQLException {
    insertAutumnTerm(sql, "2023/24", "2023-09-04", "2023-09-08");
    insertCensus(sql, "P", "2015-01-01");
    insertCensus(sql, "Q", "2015-02-01");
    insertMarks(
        sql, "100001", "P", "2023-09-01", null, week("O", "O", "I", "/", "/", "/", "O", "\\"));
    insertMarks(sql, "100001", "Q", "2023-09-01", null, week());
  }

  /** The week's marks, AM and PM for Monday onwards; unlisted sessions are present. */
  private static List<String> week(String... marks) {
    List<String> rows = new ArrayList<>();
    for (int day = 0; day < 5; day++) {
      for (int half = 0; half < 2; half++) {
        int index = 2 * day + half;
        String present = half == 0 ? "/" : "\\";
        String mark = index < marks.length ? marks[index] : present;
        rows.add("2023-09-0" + (4 + day) + (half == 0 ? ",AM," : ",PM,") + mark);
      }
    }
    return rows;
  }

  @Test
  void eachPupilsAbsenceIsCountedByCode() throws SQLException {
    assertThat(
            longs(
                "select absence_sessions from mart_enrolment_absence a join dim_pupil p using"
                    + " (pupil_key) where p.upn = 'UPN-P' and period_type = 'term' order by mark"))
        .containsExactly(1L, 3L);
    assertThat(
            longs(
                "select count(*) from mart_enrolment_absence a join dim_pupil p using (pupil_key)"
                    + " where p.upn = 'UPN-Q'"))
        .containsExactly(0L);
    assertThat(
            longs(
                "select absence_sessions from mart_enrolment_absence where mark = 'O' and"
                    + " period_type = 'academic_year' and period_id = '2023/24'"))
        .containsExactly(3L);
  }

  @Test
  void theSchoolsReasonsAreThePupilsSummed() throws SQLException {
    // O: 3 of the school's 20 possible sessions (15%) and 3 of its 4 absent sessions (75%)
    assertThat(
            longs(
                "select absence_sessions, round(rate_pct * 100), round(share_of_absence_pct * 100)"
                    + " from mart_absence_reason where geography_level = 'school' and mark = 'O'"
                    + " and period_type = 'term'"))
        .containsExactly(3L, 1500L, 7500L);
  }
}
