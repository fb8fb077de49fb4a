package org.schoolattendance.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FiguresTest {

  @Test
  void roundsRatesHalfUpToOneDecimalPlace() {
    assertThat(Figures.percent(12.25)).isEqualTo("12.3%");
    assertThat(Figures.percent(12.2499)).isEqualTo("12.2%");
    assertThat(Figures.percent(93.0649)).isEqualTo("93.1%");
    assertThat(Figures.percent(18.05)).isEqualTo("18.1%");
    assertThat(Figures.percent(99.96)).isEqualTo("100.0%");
    assertThat(Figures.percent(0.0)).isEqualTo("0.0%");
  }

  @Test
  void roundsFromTheShortestDecimalNotTheBinaryValue() {
    // 2.675 is stored as 2.67499999...; a report reader expects the 2.675 they were shown.
    assertThat(Figures.percent(2.675)).isEqualTo("2.7%");
    assertThat(Figures.decimal(2.675)).isEqualTo("2.7");
  }

  @Test
  void missingRatesAreNotAvailable() {
    assertThat(Figures.percent(null)).isEqualTo("not available");
    assertThat(Figures.percent(Double.NaN)).isEqualTo("not available");
    assertThat(Figures.percent(Double.POSITIVE_INFINITY)).isEqualTo("not available");
  }

  @Test
  void differenceIsTakenInDecimalAndRoundedOnce() {
    assertThat(Figures.oneDecimalDifference(93.15, 93.1)).hasToString("0.1");
    assertThat(Figures.oneDecimalDifference(93.0649, 92.6812)).hasToString("0.4");
    assertThat(Figures.oneDecimalDifference(92.6812, 93.0649)).hasToString("-0.4");
    assertThat(Figures.oneDecimalDifference(93.04, 93.0)).hasToString("0.0");
    assertThatThrownBy(() -> Figures.oneDecimalDifference(Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void countsHaveThousandsSeparators() {
    assertThat(Figures.count(0)).isEqualTo("0");
    assertThat(Figures.count(999)).isEqualTo("999");
    assertThat(Figures.count(1234)).isEqualTo("1,234");
    assertThat(Figures.count(13_654_321)).isEqualTo("13,654,321");
  }

  @Test
  void daysAreHalfTheSessions() {
    assertThat(Figures.daysFromSessions(2468)).isEqualTo("1,234");
    assertThat(Figures.daysFromSessions(2469)).isEqualTo("1,234.5");
    assertThat(Figures.daysFromSessions(1)).isEqualTo("0.5");
  }

  @Test
  void datesAreWrittenOutInBritishStyle() {
    assertThat(Figures.date(LocalDate.of(2025, 7, 18))).isEqualTo("18 July 2025");
    assertThat(Figures.date(null)).isEqualTo("not available");
  }
}
