package org.schoolattendance.jobs.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.schoolattendance.ingest.IngestRunner;
import org.schoolattendance.ingest.common.FileLoadListener;
import org.schoolattendance.jobs.config.AttendanceProperties;
import org.schoolattendance.sql.model.ModelCatalog;
import org.schoolattendance.sql.model.ModelRunner;
import org.schoolattendance.sql.snapshot.ParquetSnapshot;
import org.schoolattendance.sql.warehouse.Warehouse;
import org.schoolattendance.synthetic.GenerationListener;
import org.schoolattendance.synthetic.GeneratorOptions;
import org.schoolattendance.synthetic.SyntheticLaGenerator;
import org.schoolattendance.transform.SparkSessions;
import org.schoolattendance.transform.SparkSettings;
import org.schoolattendance.transform.impact.HomeVisitImpact;
import org.schoolattendance.transform.impact.ImpactRunner;
import org.schoolattendance.transform.impact.ImpactSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often the impact study's 95% intervals cover the generator's realised effect, over many
 * seeds: each seed's LA (6 schools, 2,400 pupils, two years, default planted effect) is generated,
 * ingested, modelled and put through the impact study with 200 replicates, and every in-person
 * interval of months 1 … 9, pooled and for primary and secondary schools, is checked against the
 * truth. Seeds are 1 … n ({@code attendance.bench.impact-coverage.seeds}, default 20), fixed before
 * the first run. The warehouse is rebuilt for every seed, so the benchmark refuses a warehouse that
 * already holds register data: run it with a {@code --work-dir} of its own.
 */
@Component
public class ImpactCoverageBenchmark implements Benchmark {

  static final double TARGET_COVERAGE_PCT = 85;
  static final int SCHOOLS = 6;
  static final int PUPILS = 2_400;
  static final int YEARS = 2;
  static final List<String> GROUPS = List.of("all", "primary", "secondary");

  private final Warehouse warehouse;
  private final IngestRunner ingest;
  private final AttendanceProperties properties;
  private final int seeds;

  ImpactCoverageBenchmark(
      Warehouse warehouse,
      IngestRunner ingest,
      AttendanceProperties properties,
      @Value("${attendance.bench.impact-coverage.seeds:20}") int seeds) {
    this.warehouse = warehouse;
    this.ingest = ingest;
    this.properties = properties;
    this.seeds = seeds;
  }

  @Override
  public String name() {
    return "impact-coverage";
  }

  @Override
  public String description() {
    return "share of impact intervals covering the planted truth over "
        + seeds
        + " generated LAs (target at least 85%)";
  }

  @Override
  public List<BenchFigure> run(BenchContext context) throws Exception {
    if (Files.exists(warehouse.file())) {
      throw new IllegalStateException(
          "bench impact-coverage rebuilds the warehouse for every seed and would replace "
              + warehouse.file()
              + ": run it with --work-dir on an empty folder");
    }
    Path run = context.workDir().resolve("run-" + System.currentTimeMillis());
    AttendanceProperties.Spark settings = properties.spark();
    SparkSession spark =
        SparkSessions.getOrCreate(
            new SparkSettings(
                settings.master(), settings.shufflePartitions(), settings.localDir()));
    Coverage coverage = new Coverage();
    PeakHeap.reset();
    long start = System.nanoTime();
    for (int seed = 1; seed <= seeds; seed++) {
      coverage.add(estimateOneSeed(spark, run.resolve("seed-" + seed), seed));
    }
    double minutes = (System.nanoTime() - start) / 60e9;
    List<BenchFigure> figures = new ArrayList<>(coverage.figures());
    figures.add(
        new BenchFigure("seeds", seeds, "LAs", SCHOOLS + " schools, " + PUPILS + " pupils"));
    figures.add(new BenchFigure("time", minutes, "min", "generate, ingest, model, impact"));
    figures.add(PeakHeap.figure("whole run"));
    figures.add(PeakHeap.maxHeap());
    return figures;
  }

  /** One seed's checks: {covered, checked} per group and month, and estimate − truth. */
  private List<Check> estimateOneSeed(SparkSession spark, Path folder, long seed) throws Exception {
    Path input = folder.resolve("input");
    new SyntheticLaGenerator(GenerationListener.silent())
        .generate(GeneratorOptions.of(input, SCHOOLS, PUPILS, YEARS).withSeed(seed));
    Files.deleteIfExists(warehouse.file());
    ingest.ingestFolder(input, folder.resolve("manifests"), FileLoadListener.NONE);
    Path snapshot = folder.resolve("snapshot");
    try (Connection connection = warehouse.open()) {
      new ModelRunner(ModelCatalog.fromClasspath()).run(connection, built -> {});
      ParquetSnapshot.exportByYear(connection, snapshot, ImpactRunner.ENROLMENT_PERIOD);
      ParquetSnapshot.exportByYearOf(connection, snapshot, ImpactRunner.CONTACTS, "contact_date");
    }
    Path results = folder.resolve("results");
    new ImpactRunner(spark, ImpactSettings.defaults()).run(snapshot, results);
    RealisedEffect truth = new RealisedEffect(input);
    List<Check> checks = new ArrayList<>();
    try (Connection duckDb = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = duckDb.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "select breakdown_value, relative_month, effect_points, effect_ci_low,"
                    + " effect_ci_high from read_parquet('"
                    + results.resolve(HomeVisitImpact.RESULT_NAME).toAbsolutePath()
                    + "/*.parquet') where analysis = 'in_person'"
                    + " and breakdown in ('all', 'phase') and relative_month between 1 and 9"
                    + " and effect_ci_low is not null")) {
      while (rows.next()) {
        String group = rows.getString(1);
        Double realised = truth.find(group, rows.getInt(2));
        if (GROUPS.contains(group) && realised != null) {
          checks.add(
              new Check(
                  group,
                  rows.getInt(2),
                  rows.getDouble(3) - realised,
                  rows.getDouble(4) <= realised && realised <= rows.getDouble(5)));
        }
      }
    }
    Files.deleteIfExists(warehouse.file());
    return checks;
  }

  record Check(String group, int month, double error, boolean covered) {}

  /** Coverage and mean error, overall and by month. */
  static final class Coverage {
    private final List<Check> checks = new ArrayList<>();

    void add(List<Check> seedChecks) {
      checks.addAll(seedChecks);
    }

    List<BenchFigure> figures() {
      List<BenchFigure> figures = new ArrayList<>();
      figures.add(
          new BenchFigure(
              "intervals covering the truth",
              percentCovered(checks),
              "%",
              checks.size()
                  + " intervals; target at least "
                  + TARGET_COVERAGE_PCT
                  + "%: "
                  + (percentCovered(checks) >= TARGET_COVERAGE_PCT ? "met" : "MISSED")));
      for (int month : new int[] {1, 3, 6, 9}) {
        List<Check> ofMonth = checks.stream().filter(c -> c.month() == month).toList();
        figures.add(
            new BenchFigure(
                "month " + month + " coverage",
                percentCovered(ofMonth),
                "%",
                ofMonth.size() + " intervals"));
        figures.add(
            new BenchFigure(
                "month " + month + " mean error",
                ofMonth.stream().mapToDouble(Check::error).average().orElse(Double.NaN),
                "points",
                "estimate minus realised effect"));
      }
      return figures;
    }

    private static double percentCovered(List<Check> checks) {
      return 100.0 * checks.stream().filter(Check::covered).count() / Math.max(1, checks.size());
    }
  }

  /**
   * The generator's realised effect ({@code truth/effect.csv}) per school phase and relative month,
   * as the methods notes define the truth: over the treated pupils with sessions in relative month
   * k, the sessions-weighted mean of actual minus counterfactual attendance, in points. Relative
   * months are counted as the estimator counts them, without August (the truth file counts calendar
   * months), and the phase is the school's, from {@code schools.csv}; "all" pools every school.
   */
  public static final class RealisedEffect {

    private static final String MONTH_INDEX =
        "case when month(%1$s) = 8 then null"
            + " else (case when month(%1$s) >= 9 then year(%1$s) else year(%1$s) - 1 end) * 11"
            + " + (case when month(%1$s) >= 9 then month(%1$s) - 9 else month(%1$s) + 3 end) end";

    private final Map<String, Double> points = new HashMap<>();

    public RealisedEffect(Path input) throws SQLException {
      String query =
          "with rows as ("
              + " select s.phase, e.possible_sessions,"
              + " e.actual_attended - e.counterfactual_attended as gained, "
              + String.format(MONTH_INDEX, "strptime(e.month || '-01', '%Y-%m-%d')")
              + " - "
              + String.format(MONTH_INDEX, "e.first_contact_date")
              + " as relative_month"
              + " from read_csv('"
              + input.resolve("truth/effect.csv").toAbsolutePath()
              + "', header = true, types = {'urn': 'VARCHAR'}) e"
              + " join read_csv('"
              + input.resolve("schools.csv").toAbsolutePath()
              + "', header = true, types = {'urn': 'VARCHAR'}) s on s.urn = e.urn)"
              + " select coalesce(phase, 'all'), relative_month,"
              + " 100.0 * sum(gained) / sum(possible_sessions) from rows"
              + " where relative_month is not null"
              + " group by grouping sets ((phase, relative_month), (relative_month))";
      try (Connection duckDb = DriverManager.getConnection("jdbc:duckdb:");
          Statement sql = duckDb.createStatement();
          ResultSet rows = sql.executeQuery(query)) {
        while (rows.next()) {
          points.put(key(rows.getString(1), rows.getInt(2)), rows.getDouble(3));
        }
      }
    }

    /** The realised effect in points, or null when no treated pupil of the group has that month. */
    public Double find(String phase, int relativeMonth) {
      return points.get(key(phase, relativeMonth));
    }

    /** As {@link #find}, failing when there is no truth. */
    public double at(String phase, int relativeMonth) {
      Double value = find(phase, relativeMonth);
      if (value == null) {
        throw new IllegalStateException("no truth for " + phase + " month " + relativeMonth);
      }
      return value;
    }

    private static String key(String phase, int relativeMonth) {
      return phase + "|" + relativeMonth;
    }
  }
}
