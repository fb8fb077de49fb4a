package org.schoolattendance.transform.impact;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Per group, the sums {@code Σ b·w} and {@code Σ b·w·y} for every bootstrap replicate at once,
 * where b is the pupil's replicate weight: one pass over the rows, one array per sum, so 200
 * replicates cost one grouped computation rather than 200 joins.
 */
final class ReplicateSums {

  static final String OWN_MONTH = "own_relative_month";

  private ReplicateSums() {}

  /**
   * Groups {@code rows} by {@code keys}; each row has {@code pupil_key}, {@code weight} and {@code
   * delta_points}. Returns the keys plus {@code pupils}, {@code sum_weight} and {@code
   * sum_weighted_delta} (arrays of replicates + 1 doubles; index 0 is the estimate itself).
   */
  static Dataset<Row> of(Dataset<Row> rows, List<String> keys, ImpactSettings settings) {
    return of(rows.withColumn(OWN_MONTH, lit(null).cast("int")), keys, settings, new double[0][]);
  }

  /**
   * As {@link #of(Dataset, List, ImpactSettings)}, for comparison pupils contacted after the cohort
   * month: from their own contact, the change is taken net of the effect estimated for their own
   * relative month ({@code own_relative_month}, {@code effects[month][replicate]}), so later
   * treatment neither removes them from the comparison nor adds its effect to it.
   */
  static Dataset<Row> of(
      Dataset<Row> rows, List<String> keys, ImpactSettings settings, double[][] effects) {
    List<String> selected = new ArrayList<>(keys);
    selected.addAll(List.of("pupil_key", "weight", "delta_points", OWN_MONTH));
    Dataset<Row> input =
        rows.select(
            selected.stream().map(name -> col(name)).toArray(org.apache.spark.sql.Column[]::new));
    StructType schema = outputSchema(input.schema(), keys.size());
    int keyCount = keys.size();
    int replicates = settings.replicates();
    long seed = settings.seed();
    return input
        .groupByKey((MapFunction<Row, String>) row -> keyOf(row, keyCount), Encoders.STRING())
        .mapGroups(
            (MapGroupsFunction<String, Row, Row>)
                (key, group) -> sums(group, keyCount, replicates, seed, effects),
            Encoders.row(schema));
  }

  private static Row sums(
      Iterator<Row> group, int keyCount, int replicates, long seed, double[][] effects) {
    double[] sumWeight = new double[replicates + 1];
    double[] sumWeighted = new double[replicates + 1];
    Object[] values = null;
    long pupils = 0;
    while (group.hasNext()) {
      Row row = group.next();
      if (values == null) {
        values = new Object[keyCount + 3];
        for (int i = 0; i < keyCount; i++) {
          values[i] = row.get(i);
        }
      }
      long pupil = row.getLong(keyCount);
      double weight = row.getDouble(keyCount + 1);
      double delta = row.getDouble(keyCount + 2);
      double[] ownEffect =
          row.isNullAt(keyCount + 3) || effects.length == 0
              ? null
              : effects[Math.min(row.getInt(keyCount + 3), effects.length - 1)];
      for (int r = 0; r <= replicates; r++) {
        int b = ReplicateWeights.weight(seed, r, pupil);
        if (b != 0) {
          sumWeight[r] += b * weight;
          sumWeighted[r] += b * weight * (ownEffect == null ? delta : delta - ownEffect[r]);
        }
      }
      pupils++;
    }
    values[keyCount] = pupils;
    values[keyCount + 1] = sumWeight;
    values[keyCount + 2] = sumWeighted;
    return RowFactory.create(values);
  }

  private static String keyOf(Row row, int keyCount) {
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < keyCount; i++) {
      key.append(row.isNullAt(i) ? "\u0000" : row.get(i).toString()).append('\u0001');
    }
    return key.toString();
  }

  private static StructType outputSchema(StructType input, int keyCount) {
    List<StructField> fields = new ArrayList<>(List.of(input.fields()).subList(0, keyCount));
    fields.add(DataTypes.createStructField("pupils", DataTypes.LongType, false));
    fields.add(arrayField("sum_weight"));
    fields.add(arrayField("sum_weighted_delta"));
    return DataTypes.createStructType(fields);
  }

  private static StructField arrayField(String name) {
    return DataTypes.createStructField(
        name, DataTypes.createArrayType(DataTypes.DoubleType, false), false);
  }
}
