package org.schoolattendance.reports.la.section;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

  @Test
  void roundsTheUnroundedDifferenceOnce() {
    // 6.64 and 6.96 show as 6.6% and 7.0%, but the difference is 0.32 → 0.3, not 0.4.
    assertThat(Sentences.compared(6.64, 6.96)).isEqualTo("0.3 percentage points lower than");
    assertThat(Sentences.compared(7.0, 6.0)).isEqualTo("1.0 percentage point higher than");
    assertThat(Sentences.compared(6.62, 6.58)).isEqualTo("the same as");
  }

  @Test
  void saysSimilarWhenTheIntervalIncludesZero() {
    assertThat(Sentences.compared(1.9, -0.1, 3.9)).isEqualTo("similar to");
    assertThat(Sentences.compared(1.86, 0.2, 3.5)).isEqualTo("1.9 percentage points higher than");
    assertThat(Sentences.compared(-2.04, -3.0, -1.1)).isEqualTo("2.0 percentage points lower than");
  }
}
