package org.schoolattendance.transform.impact;

import static org.apache.spark.sql.functions.col;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Combines per-stratum replicate sums into one estimate per analysis, breakdown and relative month:
 * the matched effect and the naive before/after change, each with a bootstrap percentile interval,
 * and the counts behind them.
 */
final class EventStudyEstimate {

  /** Internal: the effect in every replicate (index 0 the estimate), for the next pass. */
  static final String REPLICATE_EFFECTS = "replicate_effects";

  static final StructType SCHEMA =
      new StructType()
          .add("analysis", DataTypes.StringType, false)
          .add("breakdown", DataTypes.StringType, false)
          .add("breakdown_value", DataTypes.StringType, false)
          .add("relative_month", DataTypes.IntegerType, false)
          .add("is_pre_period", DataTypes.BooleanType, false)
          .add("effect_points", DataTypes.DoubleType, true)
          .add("effect_ci_low", DataTypes.DoubleType, true)
          .add("effect_ci_high", DataTypes.DoubleType, true)
          .add("naive_points", DataTypes.DoubleType, true)
          .add("naive_ci_low", DataTypes.DoubleType, true)
          .add("naive_ci_high", DataTypes.DoubleType, true)
          .add("treated_pupils", DataTypes.LongType, false)
          .add("matched_treated_pupils", DataTypes.LongType, false)
          .add("comparison_matches", DataTypes.LongType, false)
          .add("treated_sessions", DataTypes.LongType, false)
          .add("replicates", DataTypes.IntegerType, false)
          .add(REPLICATE_EFFECTS, DataTypes.createArrayType(DataTypes.DoubleType, false), false);

  private EventStudyEstimate() {}

  static Dataset<Row> combine(Dataset<Row> joined, ImpactSettings settings) {
    int replicates = settings.replicates();
    Dataset<Row> input =
        joined.select(
            col("analysis"),
            col("breakdown"),
            col("breakdown_value"),
            col("relative_month"),
            col("pupils"),
            col("sum_weight"),
            col("sum_weighted_delta"),
            col("comparison_pupils"),
            col("comparison_weight"),
            col("comparison_weighted_delta"));
    return input
        .groupByKey(
            (MapFunction<Row, String>)
                row ->
                    row.getString(0)
                        + '\u0001'
                        + row.getString(1)
                        + '\u0001'
                        + row.getString(2)
                        + '\u0001'
                        + row.getInt(3),
            Encoders.STRING())
        .mapGroups(
            (MapGroupsFunction<String, Row, Row>) (key, rows) -> estimate(rows, replicates),
            Encoders.row(SCHEMA));
  }

  private static Row estimate(Iterator<Row> rows, int replicates) {
    double[] effectSum = new double[replicates + 1];
    double[] effectWeight = new double[replicates + 1];
    double[] naiveSum = new double[replicates + 1];
    double[] naiveWeight = new double[replicates + 1];
    long treated = 0;
    long matched = 0;
    long comparisons = 0;
    double sessions = 0;
    Row first = null;
    while (rows.hasNext()) {
      Row row = rows.next();
      first = first == null ? row : first;
      long pupils = row.getLong(4);
      treated += pupils;
      if (row.isNullAt(8)) {
        continue;
      }
      List<Double> w = row.getList(5);
      List<Double> wy = row.getList(6);
      List<Double> cw = row.getList(8);
      List<Double> cwy = row.getList(9);
      matched += pupils;
      comparisons += row.getLong(7);
      sessions += w.get(0);
      for (int r = 0; r <= replicates; r++) {
        naiveSum[r] += wy.get(r);
        naiveWeight[r] += w.get(r);
        if (cw.get(r) > 0) {
          effectSum[r] += wy.get(r) - w.get(r) * cwy.get(r) / cw.get(r);
          effectWeight[r] += w.get(r);
        }
      }
    }
    int month = first.getInt(3);
    Double[] effect = Percentiles.ratioInterval(effectSum, effectWeight);
    Double[] naive = Percentiles.ratioInterval(naiveSum, naiveWeight);
    return RowFactory.create(
        first.getString(0),
        first.getString(1),
        first.getString(2),
        month,
        month < 0,
        effect[0],
        effect[1],
        effect[2],
        naive[0],
        naive[1],
        naive[2],
        treated,
        matched,
        comparisons,
        Math.round(sessions),
        replicates,
        replicateEffects(effectSum, effectWeight));
  }

  /** Each replicate's effect; the estimate where a replicate has no weight, 0 where none has. */
  private static double[] replicateEffects(double[] sums, double[] weights) {
    double estimate = weights[0] > 0 ? sums[0] / weights[0] : 0;
    double[] effects = new double[sums.length];
    for (int r = 0; r < sums.length; r++) {
      effects[r] = weights[r] > 0 ? sums[r] / weights[r] : estimate;
    }
    return effects;
  }

  /** Estimates and 95% percentile intervals of replicate ratios. */
  static final class Percentiles {

    private Percentiles() {}

    /** {estimate, lower, upper}; nulls when the estimate has no weight. */
    static Double[] ratioInterval(double[] sums, double[] weights) {
      if (weights[0] <= 0) {
        return new Double[] {null, null, null};
      }
      double[] replicates =
          java.util.stream.IntStream.range(1, sums.length)
              .filter(r -> weights[r] > 0)
              .mapToDouble(r -> sums[r] / weights[r])
              .sorted()
              .toArray();
      if (replicates.length < 2) {
        return new Double[] {sums[0] / weights[0], null, null};
      }
      return new Double[] {
        sums[0] / weights[0], quantile(replicates, 0.025), quantile(replicates, 0.975)
      };
    }

    /** Linear interpolation between order statistics (Hyndman and Fan type 7). */
    static double quantile(double[] sorted, double p) {
      double position = p * (sorted.length - 1);
      int below = (int) Math.floor(position);
      int above = Math.min(below + 1, sorted.length - 1);
      return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
  }
}
