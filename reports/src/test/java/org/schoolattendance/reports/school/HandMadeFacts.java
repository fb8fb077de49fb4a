package org.schoolattendance.reports.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schoolattendance.reports.pack.PackPeriod;
import org.schoolattendance.reports.pack.document.Table;

/**
 * Hand-made {@link SchoolFacts} for a primary school in LA 307 in spring 2024/25 (suppression size
 * 5), and the table helpers the hand-made tests share. Every figure not given is absent.
 */
final class HandMadeFacts {

  static final long SUPPRESSION_MINIMUM = 5;

  private static final LocalDate END = LocalDate.of(2025, 4, 4);

  private HandMadeFacts() {}

  /** Hand-made figures: 10 possible sessions an enrolment, 1 absent. */
  static Headline headline(long enrolments, long persistent, long severe) {
    return new Headline(
        enrolments,
        10 * enrolments,
        enrolments,
        90.0,
        10.0,
        8.0,
        2.0,
        persistent,
        100.0 * persistent / enrolments,
        severe,
        100.0 * severe / enrolments);
  }

  /** The school's, last year's and the LA's headline, with terms (also serving as years). */
  static SchoolFacts headlines(
      Headline school,
      Headline lastYear,
      Headline la,
      List<GroupFigures.GroupRow> terms,
      Map<String, Headline> laTerms) {
    return facts(school, lastYear, la, terms, laTerms, List.of(), List.of(), SubgroupTrends.none());
  }

  /** The school's pupil groups and the LA's, with Spark's rows. */
  static SchoolFacts groups(
      List<GroupFigures.GroupRow> schoolGroups,
      List<GroupFigures.GroupRow> laGroups,
      SubgroupTrends trends) {
    Headline school = headline(24, 6, 0);
    return facts(
        school, school, headline(400, 40, 0), List.of(), Map.of(), schoolGroups, laGroups, trends);
  }

  /** One group's row in the pack's period. */
  static GroupFigures.GroupRow group(String dimension, String value, Headline measures) {
    return new GroupFigures.GroupRow("2024/25-spring", dimension, value, measures);
  }

  private static SchoolFacts facts(
      Headline school,
      Headline lastYear,
      Headline la,
      List<GroupFigures.GroupRow> terms,
      Map<String, Headline> laTerms,
      List<GroupFigures.GroupRow> schoolGroups,
      List<GroupFigures.GroupRow> laGroups,
      SubgroupTrends trends) {
    PackPeriod period =
        new PackPeriod(
            "2024/25-spring",
            "2024/25 spring term",
            "2024/25",
            LocalDate.of(2025, 1, 6),
            END,
            false);
    MartPeriod mart =
        new MartPeriod(
            MartPeriod.TERM,
            "2024/25-spring",
            "2023/24-spring",
            Optional.empty(),
            "2024/25",
            END,
            true,
            MartPeriod.MART);
    return new SchoolFacts(
        new SchoolInfo("100001", "School A Primary", "primary", "307", null, END),
        period,
        mart,
        GroupFigures.ALL_ENROLMENTS,
        END,
        true,
        SUPPRESSION_MINIMUM,
        Optional.of(school),
        Optional.of(lastYear),
        Optional.of(la),
        Optional.empty(),
        terms,
        laTerms,
        Map.of(),
        // The same rows serve as years where a test gives academic years.
        terms,
        laTerms,
        schoolGroups,
        laGroups,
        null,
        null,
        null,
        Optional.empty(),
        Optional.empty(),
        trends);
  }

  /** Asserts the row whose first cell is {@code cells[0]} holds exactly these cells. */
  static void assertRow(Table table, String... cells) {
    assertThat(row(table, cells[0])).containsExactly(cells);
  }

  /** The cells of the row whose first cell is {@code label}. */
  static List<String> row(Table table, String label) {
    return table.rows().stream()
        .map(Table.Row::cells)
        .filter(cells -> cells.get(0).equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + label + " in " + table.rows()));
  }
}
