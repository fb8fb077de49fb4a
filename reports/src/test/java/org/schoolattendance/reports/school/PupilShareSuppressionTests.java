package org.schoolattendance.reports.school;

import static org.schoolattendance.reports.school.HandMadeFacts.assertRow;
import static org.schoolattendance.reports.school.HandMadeFacts.headline;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.schoolattendance.reports.pack.document.Table;

/**
 * The headline table's persistent and severe absence from hand-made figures (suppression size 5): a
 * count of 1 to 4 pupils is shown as c in every column, and so is its rate and the change, since
 * the rate times the enrolments shown would give the count back.
 */
class PupilShareSuppressionTests {

  @Test
  void hidesLastYearsRateWhereLastYearsCountIsSmall() {
    // This year 6 of 24 persistently absent (25.0%); last year 2 of 24 (8.3%) would be back-
    // calculable from 8.3% × 24; the LA's 40 of 400 (10.0%) is shown.
    Table table = table(headline(24, 6, 0), headline(24, 2, 0), headline(400, 40, 3));

    assertRow(
        table, "Persistent absence (10% or more)", "25.0%", "c", "c", "10.0%", "not available");
    assertRow(table, "  Persistently absent pupils", "6", "c", "", "40", "");
    // Severe: none this year or last (a zero discloses nothing), 3 across the LA: hidden there.
    assertRow(table, "Severe absence (50% or more)", "0.0%", "0.0%", "0.0", "c", "not available");
    assertRow(table, "  Severely absent pupils", "0", "0", "", "c", "");
  }

  @Test
  void hidesThisYearsRateAndTheChangeWhereThisYearsCountIsSmall() {
    // This year 3 of 24 (12.5%); last year 6 of 24 (25.0%): change −12.5 would reveal 12.5%.
    Table table = table(headline(24, 3, 0), headline(24, 6, 0), headline(400, 40, 0));

    assertRow(
        table, "Persistent absence (10% or more)", "c", "25.0%", "c", "10.0%", "not available");
    assertRow(table, "  Persistently absent pupils", "c", "6", "", "40", "");
  }

  @Test
  void showsEveryFigureWhereNoCountIsSmall() {
    // 6 of 24 (25.0%) against 12 of 24 (50.0%): −25.0 points.
    Table table = table(headline(24, 6, 0), headline(24, 12, 0), headline(400, 40, 0));

    assertRow(
        table,
        "Persistent absence (10% or more)",
        "25.0%",
        "50.0%",
        "−25.0",
        "10.0%",
        "not available");
  }

  @Test
  void termTrendHidesATermsShareWhereItsCountIsSmall() {
    // 2023/24 spring: 2 of 24 (8.3%) hidden, the LA's 40 of 400 shown; 2024/25 spring: 6 of 24.
    SchoolFacts facts =
        twoPeriods(
            "2023/24-spring",
            headline(24, 2, 0),
            headline(400, 40, 0),
            "2024/25-spring",
            headline(24, 6, 0),
            headline(400, 3, 0));
    Table table = TrendSection.overallAbsence(facts).table();

    assertRow(
        table, "2023/24 spring", "10.0%", "10.0%", "not available", "c", "10.0%", "not available");
    assertRow(
        table, "2024/25 spring", "10.0%", "10.0%", "not available", "25.0%", "c", "not available");
  }

  @Test
  void ofstedThreeYearsHidesAYearsSharesWhereTheirCountsAreSmall() {
    // 2023/24: 3 persistent and 2 severe of 24, both hidden; 2024/25: 6 and 0 shown.
    SchoolFacts facts =
        twoPeriods(
            "2023/24",
            headline(24, 3, 2),
            headline(400, 40, 8),
            "2024/25",
            headline(24, 6, 0),
            headline(400, 44, 0));
    Table table = OfstedPack.threeYears(facts, Map.of()).table();

    assertRow(table, "2023/24", "10.0%", "10.0%", "c", "10.0%", "c", "not available");
    assertRow(table, "2024/25", "10.0%", "10.0%", "25.0%", "11.0%", "0.0%", "not available");
  }

  /**
   * Two terms (or years) of figures for the school and the LA, the later one the pack's period, the
   * earlier one the same period last year.
   */
  private static SchoolFacts twoPeriods(
      String earlier,
      Headline earlierSchool,
      Headline earlierLa,
      String later,
      Headline laterSchool,
      Headline laterLa) {
    return HandMadeFacts.headlines(
        laterSchool,
        earlierSchool,
        laterLa,
        List.of(
            new GroupFigures.GroupRow(earlier, "all", "all", earlierSchool),
            new GroupFigures.GroupRow(later, "all", "all", laterSchool)),
        Map.of(earlier, earlierLa, later, laterLa));
  }

  private static Table table(Headline school, Headline lastYear, Headline la) {
    return HeadlineSection.build(HandMadeFacts.headlines(school, lastYear, la, List.of(), Map.of()))
        .table();
  }
}
