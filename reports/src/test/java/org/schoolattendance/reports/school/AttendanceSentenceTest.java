package org.schoolattendance.reports.school;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttendanceSentenceTest {

  @Test
  void saysHowMuchHigherThanTheLa() {
    assertThat(AttendanceSentence.describe(attendance(93.0649), attendance(92.6812)))
        .isEqualTo(
            "Attendance this term was 93.1%, 0.4 percentage points higher than the local"
                + " authority (92.7%).");
  }

  @Test
  void saysHowMuchLowerThanTheLa() {
    assertThat(AttendanceSentence.describe(attendance(90.96), attendance(92.71)))
        .isEqualTo(
            "Attendance this term was 91.0%, 1.8 percentage points lower than the local"
                + " authority (92.7%).");
  }

  @Test
  void saysTheSameWhenTheDifferenceRoundsToZero() {
    assertThat(AttendanceSentence.describe(attendance(93.04), attendance(93.0)))
        .isEqualTo("Attendance this term was 93.0%, the same as the local authority (93.0%).");
    assertThat(AttendanceSentence.describe(attendance(92.96), attendance(93.0)))
        .contains("the same as the local authority");
  }

  @Test
  void roundsTheUnroundedDifferenceOnce() {
    // Rounded rates would give 93.2 - 93.1 = 0.1; the unrounded difference 0.04 rounds to 0.0.
    assertThat(AttendanceSentence.describe(attendance(93.15), attendance(93.11)))
        .isEqualTo("Attendance this term was 93.2%, the same as the local authority (93.1%).");
    // An exact half rounds up, away from zero.
    assertThat(AttendanceSentence.describe(attendance(93.15), attendance(93.1)))
        .contains("0.1 percentage points higher");
  }

  @Test
  void copesWithAMissingLaFigure() {
    assertThat(AttendanceSentence.describe(attendance(93.0649), null))
        .isEqualTo("Attendance this term was 93.1%; the local authority figure is not available.");
  }

  private static Headline attendance(double ratePct) {
    return new Headline(100, 1000, 70, ratePct, 100 - ratePct, 4, 3, 10, 10, 1, 1);
  }
}
