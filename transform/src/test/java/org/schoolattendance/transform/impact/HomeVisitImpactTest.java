package org.schoolattendance.transform.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.schoolattendance.transform.SharedSpark;

/**
 * The event study on {@link PlantedEffectLa} (seed 7, fixed before the first run), where the truth
 * is known exactly: about 4 points from month 1 on for in-person contacts, none for phone calls or
 * the placebo. Tolerances are stated per assertion; the known weakness is a downward drift of up to
 * about 1 point in months 6–9 (docs/methods.md §1.6), which the late-month tolerance admits rather
 * than hides.
 */
class HomeVisitImpactTest {

  private static final int REPLICATES = 50;
  private static final int CONTACT_MODE = 5;

  private static PlantedEffectLa la;
  private static List<Row> estimates;

  @BeforeAll
  static void estimate() {
    var spark = SharedSpark.session();
    la = new PlantedEffectLa();
    estimates =
        HomeVisitImpact.apply(
                la.enrolmentPeriod(spark),
                la.fctContact(spark),
                ImpactSettings.defaults().withReplicates(REPLICATES))
            .collectAsList();
  }

  @Test
  void matchedEstimateIsNearThePlantedTruthAndCloserThanTheNaiveOne() {
    Map<Integer, Row> inPerson = byMonth("in_person", "all", "all");

    for (int k = 1; k <= 9; k++) {
      Row row = inPerson.get(k);
      double truth = la.truthAt(k);
      double matched = row.getAs("effect_points");
      double naive = row.getAs("naive_points");
      assertThat(matched).as("month %d", k).isCloseTo(truth, within(1.25));
      assertThat(Math.abs(matched - truth)).as("month %d", k).isLessThan(Math.abs(naive - truth));
    }
    assertThat(contains(inPerson.get(1), "effect", la.truthAt(1))).isTrue();
  }

  @Test
  void preContactMonthsAreNearZero() {
    Map<Integer, Row> inPerson = byMonth("in_person", "all", "all");

    for (int k = -3; k <= -1; k++) {
      assertThat(inPerson.get(k).<Double>getAs("effect_points")).isCloseTo(0.0, within(0.5));
      assertThat(inPerson.get(k).<Boolean>getAs("is_pre_period")).isTrue();
    }
  }

  @Test
  void phoneAndPlaceboIntervalsIncludeZeroWithOneMissAllowed() {
    Map<Integer, Row> phone = byMonth("phone", "all", "all");
    Map<Integer, Row> placebo = byMonth("placebo", "all", "all");

    long misses =
        IntStream.rangeClosed(1, 9)
            .filter(
                k -> !contains(phone.get(k), "effect", 0) || !contains(placebo.get(k), "effect", 0))
            .count();

    assertThat(contains(phone.get(1), "effect", 0)).isTrue();
    assertThat(contains(phone.get(9), "effect", 0)).isTrue();
    assertThat(misses).isLessThanOrEqualTo(1);
  }

  @Test
  void countsReconcileWithTheSimulatedContacts() {
    long visited =
        la.contacts.stream().filter(r -> !r.getString(CONTACT_MODE).equals("phone")).count();
    Row monthZero = byMonth("in_person", "all", "all").get(0);
    // All pupils stay on roll, so every visited pupil should have a month-0 change; 4 of the 1,183
    // do not, for a reason not yet found (docs/methods.md §1.4), hence at least 99%. The three
    // schools each have far more than 30 visited pupils, so their rows add up to the total.
    long treated = monthZero.<Long>getAs("treated_pupils");
    assertThat(treated).isBetween(visited * 99 / 100, visited);
    assertThat(monthZero.<Long>getAs("matched_treated_pupils"))
        .isBetween(treated * 9 / 10, treated);
    assertThat(monthZero.<Integer>getAs("replicates")).isEqualTo(REPLICATES);
    long schoolTotal =
        estimates.stream()
            .filter(
                r ->
                    r.getAs("analysis").equals("in_person")
                        && r.getAs("breakdown").equals("school")
                        && r.<Integer>getAs("relative_month") == 0)
            .mapToLong(r -> r.<Long>getAs("treated_pupils"))
            .sum();
    assertThat(schoolTotal).isEqualTo(treated);
  }

  private static boolean contains(Row row, String measure, double value) {
    return row.<Double>getAs(measure + "_ci_low") <= value
        && value <= row.<Double>getAs(measure + "_ci_high");
  }

  static Map<Integer, Row> byMonth(String analysis, String breakdown, String value) {
    return estimates.stream()
        .filter(
            r ->
                r.getAs("analysis").equals(analysis)
                    && r.getAs("breakdown").equals(breakdown)
                    && r.getAs("breakdown_value").equals(value))
        .collect(Collectors.toMap(r -> r.<Integer>getAs("relative_month"), r -> r));
  }
}
