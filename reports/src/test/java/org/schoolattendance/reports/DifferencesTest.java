package org.schoolattendance.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.schoolattendance.reports.Differences.Interval;

class DifferencesTest {

  @Test
  void roundsTheUnroundedDifferenceOnce() {
    // 6.64 and 6.96 show as 6.6% and 7.0%, but the difference is 0.32 → 0.3, not 0.4.
    assertThat(Differences.compared(6.64, 6.96)).isEqualTo("0.3 percentage points lower than");
    assertThat(Differences.compared(7.0, 6.0)).isEqualTo("1.0 percentage point higher than");
    assertThat(Differences.compared(6.62, 6.58)).isEqualTo("the same as");
  }

  @Test
  void saysSimilarWhenTheIntervalIncludesZero() {
    assertThat(Differences.compared(1.9, -0.1, 3.9)).isEqualTo("similar to");
    assertThat(Differences.compared(1.86, 0.2, 3.5)).isEqualTo("1.9 percentage points higher than");
    assertThat(Differences.compared(-2.04, -3.0, -1.1))
        .isEqualTo("2.0 percentage points lower than");
  }

  @Test
  void anIntervalDecidesOnlyWhetherTheRoundedDirectionIsShown() {
    // 93.1 − 93.5 = −0.4; the interval −0.7 to −0.1 excludes zero, so the direction stands.
    assertThat(Differences.compared(93.1, 93.5, new Interval(-0.7, -0.1)))
        .isEqualTo("0.4 percentage points lower than");
    assertThat(Differences.compared(93.1, 93.5, new Interval(-0.9, 0.1))).isEqualTo("similar to");
    // An interval wholly above zero cannot back a sentence saying "lower".
    assertThat(Differences.compared(93.1, 93.5, new Interval(0.1, 0.9))).isEqualTo("similar to");
    assertThat(Differences.compared(93.1, 93.5, null))
        .isEqualTo("0.4 percentage points lower than");
  }

  @Test
  void attendanceChangeHasTheAbsenceChangeIntervalNegated() {
    Interval absence = new Interval(-0.2, 0.9);
    assertThat(absence.negated()).isEqualTo(new Interval(-0.9, 0.2));
    assertThat(Interval.ofNullable(null, 1.0)).isNull();
  }
}
