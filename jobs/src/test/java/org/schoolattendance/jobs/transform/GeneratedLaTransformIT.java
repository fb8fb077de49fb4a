package org.schoolattendance.jobs.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.schoolattendance.jobs.bench.ImpactCoverageBenchmark;

/**
 * The Spark transforms on a generated LA, end to end through the packaged jar: the home-visit
 * impact study against the generator's planted truth, and the subgroup trend's comparison with the
 * shipped England figures for autumn 2023/24.
 *
 * <p>The the {@code test} preset (20 schools, 8,000 pupils, two years) is generated, ingested,
 * modelled and transformed twice, once with the default planted effect and once with {@code
 * --no-effect}.
 *
 * <p><b>Seed.</b> Both runs use seed {@value #SEED}, the generator's and the demo's default seed,
 * fixed in {@code GeneratorOptions} long before this test was written; it was not chosen by trying
 * seeds, and must not be changed to make this test pass. Coverage over many seeds is measured by
 * {@code bench impact-coverage}, not here.
 *
 * <p><b>Intervals and allowed misses.</b> Twelve interval assertions are counted together: the
 * in-person effect at months 1 and 9 for primary and secondary schools covers the realised truth
 * (4), phone and video intervals at months 1 and 9 cover zero (4), and with {@code --no-effect} the
 * in-person intervals at months 1 and 9 by phase cover zero (4). Each is a nominal 95% interval, so
 * even a correct estimator misses one now and then: with twelve independent intervals, three or
 * more misses happen about 2% of the time. At most {@value #ALLOWED_MISSES} misses are allowed.
 * Special schools and PRUs are left out of the by-phase checks: the preset visits too few of their
 * pupils for a month estimate.
 *
 * <p><b>Near zero.</b> Pre-period (months −3 … −1) and placebo (months 0 … 9) estimates must lie
 * within {@value #NEAR_ZERO_POINTS} point of zero: a quarter of the smallest planted effect (4
 * points in month 1), so a selection bias of the size being measured fails, while both are pooled
 * over every treated (or placebo) pupil and so far less noisy than the by-phase months.
 *
 * <p><b>Opt-in.</b> Two transforms of the preset (impact study with 200 replicates) take far longer
 * than the project's whole-suite budget, so this test runs only when asked: {@code ./mvnw -B -pl
 * jobs verify -Dit.test=GeneratedLaTransformIT -Dtransform.truth=true}. On 23 November 2026 the
 * planted run met every interval, naive and placebo assertion but not the pre-period one (months −3
 * and −1 at −3.8 and +3.5 points): docs/methods.md §1.4.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfSystemProperty(named = "transform.truth", matches = "true")
class GeneratedLaTransformIT {

  static final long SEED = 20250718L;
  static final int ALLOWED_MISSES = 2;
  static final double NEAR_ZERO_POINTS = 1.0;

  private static final Path FOLDER = Path.of("target", "impact-truth");
  private static final List<String> PHASES = List.of("primary", "secondary");
  private static final int[] CHECKED_MONTHS = {1, 9};

  private ImpactCoverageBenchmark.RealisedEffect truth;
  private ImpactEstimates planted;
  private ImpactEstimates noEffect;
  private Path plantedWarehouse;

  @BeforeAll
  void runTheChainTwice() throws Exception {
    GeneratedWarehouse withEffect =
        GeneratedWarehouse.build(FOLDER.resolve("planted"), "--preset=test", "--seed=" + SEED);
    truth = new ImpactCoverageBenchmark.RealisedEffect(withEffect.input);
    planted = new ImpactEstimates(withEffect.warehouseFile());
    plantedWarehouse = withEffect.warehouseFile();
    GeneratedWarehouse without =
        GeneratedWarehouse.build(
            FOLDER.resolve("no-effect"), "--preset=test", "--seed=" + SEED, "--no-effect");
    noEffect = new ImpactEstimates(without.warehouseFile());
  }

  @Test
  void intervalsCoverTheTruthWithAtMostTheStatedMisses() {
    List<String> misses = new ArrayList<>();
    for (int month : CHECKED_MONTHS) {
      for (String phase : PHASES) {
        check(
            misses,
            "planted in-person " + phase + " month " + month,
            planted.get("in_person", "phase", phase, month),
            truth.at(phase, month));
        check(
            misses,
            "no-effect in-person " + phase + " month " + month,
            noEffect.get("in_person", "phase", phase, month),
            0);
      }
      for (String mode : List.of("phone", "video")) {
        check(misses, mode + " month " + month, planted.all(mode, month), 0);
      }
    }
    assertThat(misses).as("intervals missing their truth").hasSizeLessThanOrEqualTo(ALLOWED_MISSES);
  }

  @Test
  void theMatchedEstimateIsCloserToTheTruthThanTheNaiveOne() {
    for (int month = 1; month <= 9; month++) {
      ImpactEstimates.Estimate estimate = planted.all("in_person", month);
      double realised = truth.at("all", month);
      assertThat(Math.abs(estimate.effect() - realised))
          .as(
              "month %d: matched %.2f, naive %.2f, truth %.2f",
              month, estimate.effect(), estimate.naive(), realised)
          .isLessThan(Math.abs(estimate.naive() - realised));
    }
  }

  @Test
  void preContactMonthsAreNearZero() {
    for (ImpactEstimates estimates : List.of(planted, noEffect)) {
      for (int month = -3; month <= -1; month++) {
        assertThat(Math.abs(estimates.all("in_person", month).effect()))
            .as("in-person month %d", month)
            .isLessThanOrEqualTo(NEAR_ZERO_POINTS);
      }
    }
  }

  @Test
  void placeboContactsShowNoEffect() {
    for (int month = 0; month <= 9; month++) {
      assertThat(Math.abs(planted.all("placebo", month).effect()))
          .as("placebo month %d", month)
          .isLessThanOrEqualTo(NEAR_ZERO_POINTS);
    }
  }

  /**
   * The published national autumn 2023/24 figures (EES_aut_data.csv of the attendance dashboard,
   * shipped under ingest's dfe/ folder), read from the file by hand: overall absence and persistent
   * absence, in percent, for all state-funded schools and for primary schools.
   */
  @Test
  void theAutumn2023TermIsComparedWithThePublishedEnglandFigure() throws Exception {
    NationalGaps gaps = new NationalGaps(plantedWarehouse);

    NationalGaps.Row all = gaps.la("all_pupils", "All pupils", "2023/24-autumn");
    NationalGaps.Row primary = gaps.la("phase", "primary", "2023/24-autumn");

    assertThat(all.nationalOverall()).isEqualTo(6.75283561522018);
    assertThat(all.nationalPersistent()).isEqualTo(20.1488340564294);
    assertThat(all.overallGap()).isCloseTo(all.overall() - 6.75283561522018, within(1e-9));
    assertThat(primary.nationalOverall()).isEqualTo(5.25663531549);
    assertThat(primary.comparison()).startsWith("published England figure: EES_aut_data 202324");
    // The published year to date ends on 12 January 2024, the LA's on its last day of data
    assertThat(gaps.la("all_pupils", "All pupils", "2023/24-ytd").comparison())
        .startsWith("not available");
    assertThat(gaps.la("all_pupils", "All pupils", "2024/25-autumn").nationalOverall()).isNull();
    assertThat(gaps.la("sex", "F", "2023/24-autumn").comparison()).startsWith("not available");
  }

  private static void check(
      List<String> misses, String what, ImpactEstimates.Estimate estimate, double value) {
    String line =
        String.format(
            Locale.ROOT,
            "%s: %.2f [%s, %s] vs %.2f (%d treated)",
            what,
            estimate.effect(),
            estimate.low(),
            estimate.high(),
            value,
            estimate.treatedPupils());
    System.out.println(line);
    if (!estimate.covers(value)) {
      misses.add(line);
    }
  }
}
