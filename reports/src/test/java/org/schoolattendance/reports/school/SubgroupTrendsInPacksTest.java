package org.schoolattendance.reports.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.schoolattendance.reports.PdfText;
import org.schoolattendance.reports.pack.Pack;
import org.schoolattendance.reports.pack.PackFile;
import org.schoolattendance.reports.pack.PackRequest;
import org.schoolattendance.reports.pack.Packs;

/**
 * The school packs read Spark's {@code trend_subgroup_period} (hand-made rows in {@link
 * PackWarehouseFixture}): "similar to" when a difference's interval includes zero, the direction
 * when it does not or when there is no row, and the Ofsted pack's groups significantly above
 * England and the LA.
 */
class SubgroupTrendsInPacksTest {

  private static final String SPRING = "2024/25-spring";
  private static final String AUTUMN_WITH_ENGLAND = "2023/24-autumn";
  private static final Path OUTPUT = Path.of("target", "school-pack-trends");
  private static final boolean SHOWN = true;
  private static final boolean HIDDEN = false;

  private static Connection warehouse;

  @BeforeAll
  static void openWarehouse() throws SQLException {
    warehouse = PackWarehouseFixture.openReadOnly();
  }

  @AfterAll
  static void close() throws SQLException {
    warehouse.close();
  }

  @Test
  void headlineSaysSimilarWhenTheIntervalIncludesZero() throws Exception {
    String text = PdfText.all(render(SPRING, "100001", Pack.GOVERNOR));

    assertThat(text)
        .contains(
            "Attendance this term was %s, similar to the same term last year (%s)."
                .formatted(
                    percent(school("100001", SPRING, "attendance_rate_pct")),
                    percent(school("100001", "2023/24-spring", "attendance_rate_pct"))))
        .contains(
            "Overall absence was %s, similar to the LA as a whole (%s)."
                .formatted(
                    percent(school("100001", SPRING, "overall_absence_rate_pct")),
                    percent(la(SPRING, "overall_absence_rate_pct"))))
        .contains("\"similar to\" when the 95% interval of the difference includes zero");
  }

  @Test
  void headlineGivesTheDirectionWhenTheIntervalExcludesZero() throws Exception {
    assertThat(PdfText.all(render(SPRING, "100003", Pack.GOVERNOR)))
        .contains(directionSentences("100003"));
  }

  @Test
  void withoutATrendRowTheHeadlineGivesTheDirectionAsBefore() throws Exception {
    assertThat(PdfText.all(render(SPRING, "100004", Pack.GOVERNOR)))
        .contains(directionSentences("100004"))
        .doesNotContain("similar to the");
  }

  @Test
  void ofstedListsGroupsWhoseIntervalIsWhollyAboveEnglandAndTheLa() throws Exception {
    String text = PdfText.all(render(AUTUMN_WITH_ENGLAND, "100001", Pack.OFSTED));

    // Above England: all pupils' overall absence against England's primary schools (the phase
    // row), not against England's all-school figure (6.7%), and not their persistent absence
    // (interval −9.0 to 21.0).
    assertThat(text)
        .contains(
            "Groups with absence significantly above England Groups whose overall or persistent"
                + " absence in 2023/24 autumn term was above England's published figure for the"
                + " same group and period by more than chance would explain")
        .contains("Overall absence All pupils 7.9% 5.9% +2.0 0.6 3.4 Figures for pupils aged 5")
        .doesNotContain("7.9% 6.7%")
        .doesNotContain("20.8% 14.8%");
    // Above the LA: boys in overall absence; not girls or pupils not eligible for FSM (intervals
    // include zero), not FSM pupils (too few for the trend analysis), not all pupils (−0.3 to 2.5).
    // Boys' persistent absence is above the LA too (1.2 to 16.8) but is not listed: 25.0% of 12
    // is 3 boys, fewer than 5.
    assertThat(text)
        .contains("Overall absence Boys 9.6% 7.0% +2.6 0.4 4.8 Figures for pupils aged 5")
        .doesNotContain("Persistent absence Boys")
        .doesNotContain("25.0% 16.0%")
        .doesNotContain("Girls 6.2%")
        .doesNotContain("FSM 5.6%")
        .doesNotContain("FSM 12.5%")
        .doesNotContain("7.9% 6.8%");
  }

  @Test
  void ofstedSaysNotAvailableWithoutAPublishedEnglandFigure() throws Exception {
    String text = PdfText.all(render(SPRING, "100001", Pack.OFSTED));

    assertThat(text)
        .contains(
            "Groups significantly above England in 2024/25 spring term: not available: no"
                + " published England figure for this period.")
        .contains(
            "In 2024/25 spring term no group's overall or persistent absence was significantly"
                + " above the same group across the LA.");
  }

  @Test
  void groupTableSaysSimilarWhereTheGapToTheLaHasAnIntervalIncludingZero() throws Exception {
    String text = PdfText.all(render(AUTUMN_WITH_ENGLAND, "100001", Pack.GOVERNOR));

    // Intervals including zero: girls (−2.0 to 1.2) and pupils not eligible for FSM (−2.4 to
    // 0.8).
    assertThat(text)
        .contains(groupRow("Girls", "sex", "F", SHOWN) + " similar")
        .contains(groupRow("Not eligible", "fsm_eligible", "false", SHOWN) + " similar");
    // FSM pupils: too few for Spark's analysis, so no interval; ethnic groups: no Spark row. Both
    // show the mart's gap, as without the transform stage. White pupils' persistent absence is
    // hidden: 3 of the 6 Black pupils (8, 12 and 24) were persistently absent this term, and the
    // school's 13 minus White pupils' 10 would give the 3 back.
    assertThat(text)
        .contains(
            groupRow("Eligible for FSM", "fsm_eligible", "true", SHOWN)
                + " "
                + signedGap("fsm_eligible", "true"))
        .contains(
            groupRow("White", "ethnicity_major", "White", HIDDEN)
                + " "
                + signedGap("ethnicity_major", "White"))
        .contains("\"similar\" where the 95% interval of the gap includes zero");
  }

  /** The headline sentences with a direction, worked out here from the mart's unrounded rates. */
  private static List<String> directionSentences(String urn) throws SQLException {
    double attendance = school(urn, SPRING, "attendance_rate_pct");
    double lastYear = school(urn, "2023/24-spring", "attendance_rate_pct");
    double absence = school(urn, SPRING, "overall_absence_rate_pct");
    double la = la(SPRING, "overall_absence_rate_pct");
    return List.of(
        "Attendance this term was %s, %s the same term last year (%s)."
            .formatted(percent(attendance), direction(attendance, lastYear), percent(lastYear)),
        "Overall absence was %s, %s the LA as a whole (%s)."
            .formatted(percent(absence), direction(absence, la), percent(la)));
  }

  private static String direction(double value, double reference) {
    BigDecimal difference =
        new BigDecimal(Double.toString(value))
            .subtract(new BigDecimal(Double.toString(reference)))
            .setScale(1, RoundingMode.HALF_UP);
    assertThat(difference.signum())
        .as("the fixture's difference must not round to zero")
        .isNotZero();
    return difference.abs().toPlainString()
        + " percentage points "
        + (difference.signum() > 0 ? "higher than" : "lower than");
  }

  /**
   * A group table's row up to its gap: pupils, the school's rates and the LA's, from the mart;
   * persistent absence shown or c.
   */
  private static String groupRow(
      String label, String dimension, String value, boolean persistentShown) throws SQLException {
    String school = groupWhere("geography_level = 'school' and urn = '100001'", dimension, value);
    String la =
        groupWhere(
            "geography_level = 'la' and phase = 'all' and la_code = '307'", dimension, value);
    return "%s %d %s %s %s %s"
        .formatted(
            label,
            (long) value("select enrolments " + school),
            percent(value("select attendance_rate_pct " + school)),
            percent(value("select overall_absence_rate_pct " + school)),
            persistentShown ? percent(value("select persistent_absence_rate_pct " + school)) : "c",
            percent(value("select overall_absence_rate_pct " + la)));
  }

  /** The school's group minus the LA's, worked out from unrounded rates and rounded once. */
  private static String signedGap(String dimension, String value) throws SQLException {
    double school =
        value(
            "select overall_absence_rate_pct "
                + groupWhere("geography_level = 'school' and urn = '100001'", dimension, value));
    double la =
        value(
            "select overall_absence_rate_pct "
                + groupWhere(
                    "geography_level = 'la' and phase = 'all' and la_code = '307'",
                    dimension,
                    value));
    BigDecimal gap =
        new BigDecimal(Double.toString(school))
            .subtract(new BigDecimal(Double.toString(la)))
            .setScale(1, RoundingMode.HALF_UP);
    return (gap.signum() > 0 ? "+" : gap.signum() < 0 ? "−" : "") + gap.abs().toPlainString();
  }

  private static String groupWhere(String unit, String dimension, String value) {
    return "from mart_group_period where "
        + unit
        + " and cohort = 'all_enrolments' and period_type = 'term' and period_id = '"
        + AUTUMN_WITH_ENGLAND
        + "' and dimension = '"
        + dimension
        + "' and group_value = '"
        + value
        + "'";
  }

  private static String percent(double value) {
    return new BigDecimal(Double.toString(value)).setScale(1, RoundingMode.HALF_UP) + "%";
  }

  private static Path render(String term, String urn, Pack pack) throws SQLException {
    List<PackFile> files =
        new Packs().render(warehouse, new PackRequest(term, null, urn, Set.of(pack), true), OUTPUT);
    return files.get(0).path();
  }

  private static double school(String urn, String period, String column) throws SQLException {
    return value(
        "select "
            + column
            + " from mart_group_period where geography_level = 'school' and urn = '"
            + urn
            + "' and cohort = 'all_enrolments' and dimension = 'all' and period_type = 'term'"
            + " and period_id = '"
            + period
            + "'");
  }

  private static double la(String period, String column) throws SQLException {
    return value(
        "select "
            + column
            + " from mart_group_period where geography_level = 'la' and phase = 'all'"
            + " and la_code = '307' and cohort = 'all_enrolments' and dimension = 'all'"
            + " and period_type = 'term' and period_id = '"
            + period
            + "'");
  }

  private static double value(String query) throws SQLException {
    try (Statement sql = warehouse.createStatement();
        ResultSet row = sql.executeQuery(query)) {
      assertThat(row.next()).as(query).isTrue();
      return row.getDouble(1);
    }
  }
}
