package org.schoolattendance.transform.subgroup;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.schoolattendance.transform.Rates;
import org.schoolattendance.transform.stats.FalseDiscovery;
import org.schoolattendance.transform.stats.Intervals;
import org.schoolattendance.transform.stats.Intervals.Limits;

/** The columns of {@code trend_subgroup_period}, computed from a cell joined to its comparators. */
final class TrendColumns {

  static final List<String> KEYS =
      List.of(
          "level",
          "la_code",
          "urn",
          "dimension",
          "group_value",
          "period_type",
          "period_id",
          "academic_year",
          "year_key",
          "period_start",
          "period_end");

  private static final CellMeasures CELL = new CellMeasures("");
  private static final CellMeasures REST = new CellMeasures("rest_");
  private static final CellMeasures LA = new CellMeasures("la_");
  private static final CellMeasures LA_REST = new CellMeasures("la_rest_");
  private static final CellMeasures PREVIOUS = new CellMeasures("prev_");

  private TrendColumns() {}

  static Column[] output(TrendSettings settings) {
    List<Column> columns = new ArrayList<>();
    KEYS.forEach(key -> columns.add(col(key)));
    CellStatistics.COUNTS.forEach(name -> columns.add(col(name)));
    columns.addAll(sessionRates());
    columns.add(col("enrolments").lt(settings.minimumGroupSize()).as("is_suppressed"));
    for (TrendMeasure measure : TrendMeasure.ALL) {
      columns.addAll(ownInterval(measure));
    }
    columns.add(col("rest_enrolments"));
    for (TrendMeasure measure : TrendMeasure.ALL) {
      columns.addAll(gapToRest(measure));
    }
    for (TrendMeasure measure : TrendMeasure.ALL) {
      columns.addAll(gapToLa(measure));
    }
    // Filled in by NationalComparison where a published figure matches
    columns.add(lit(NationalComparison.NOT_AVAILABLE).as(NationalComparison.COLUMN));
    columns.add(col("prev_period_id").as("comparison_period_id"));
    columns.add(col("prev_enrolments"));
    for (TrendMeasure measure : TrendMeasure.ALL) {
      columns.addAll(change(measure, settings));
    }
    return columns.toArray(Column[]::new);
  }

  /** Adds q-values and flags: families are every cell of one level and period. */
  static Dataset<Row> withMeaningfulChanges(Dataset<Row> rows, TrendSettings settings) {
    Dataset<Row> flagged = rows;
    for (TrendMeasure measure : TrendMeasure.ALL) {
      String stem = measure.name() + "_change";
      flagged =
          FalseDiscovery.withQValue(
                  flagged, stem + "_p", stem + "_q", List.of("level", "period_type", "period_id"))
              .withColumn(
                  stem + "_is_meaningful",
                  when(
                      col(stem + "_q").isNotNull(),
                      col(stem + "_q").leq(settings.falseDiscoveryRate())));
    }
    return flagged;
  }

  private static List<Column> sessionRates() {
    return List.of(
        sessionRate("attendance_rate_pct", "attendance_sessions"),
        sessionRate("overall_absence_rate_pct", "overall_absence_sessions"),
        sessionRate("authorised_absence_rate_pct", "authorised_absence_sessions"),
        sessionRate("unauthorised_absence_rate_pct", "unauthorised_absence_sessions"),
        Rates.percent(col("persistent_absentees"), col("enrolments"))
            .as("persistent_absence_rate_pct"),
        Rates.percent(col("severe_absentees"), col("enrolments")).as("severe_absence_rate_pct"),
        sessionRate("late_before_close_rate_pct", "late_before_close_sessions"),
        sessionRate("late_after_close_rate_pct", "late_after_close_sessions"));
  }

  private static Column sessionRate(String name, String sessions) {
    return Rates.percent(col(sessions), col("possible_sessions")).as(name);
  }

  private static List<Column> ownInterval(TrendMeasure measure) {
    Limits limits = measure.interval(CELL);
    return List.of(
        limits.lower().as(measure.name() + "_ci_low_pct"),
        limits.upper().as(measure.name() + "_ci_high_pct"));
  }

  private static List<Column> gapToRest(TrendMeasure measure) {
    Column hasRest = col("rest_enrolments").gt(0);
    Limits limits = measure.differenceInterval(CELL, REST);
    String gap = measure.name() + "_gap_to_rest_pct";
    return List.of(
        when(hasRest, measure.percent(REST)).as("rest_" + measure.name() + "_rate_pct"),
        when(hasRest, measure.percent(CELL).minus(measure.percent(REST))).as(gap),
        when(hasRest, limits.lower()).as(gap + "_ci_low"),
        when(hasRest, limits.upper()).as(gap + "_ci_high"));
  }

  /**
   * School minus LA. The LA includes the school, so with w the school's share of the LA's
   * denominator, school − LA = (1 − w)(school − rest of LA): the interval is that of the
   * independent difference to the rest of the LA, scaled by (1 − w).
   */
  private static List<Column> gapToLa(TrendMeasure measure) {
    boolean sessionBased = measure instanceof TrendMeasure.OverallAbsence;
    String denominator = sessionBased ? "possible_sessions" : "enrolments";
    Column schoolShare =
        col(denominator).cast("double").divide(col("la_" + denominator).cast("double"));
    Column scale = lit(1.0).minus(schoolShare);
    Column hasLa = col("la_enrolments").isNotNull();
    Column restOfLa = col("la_rest_enrolments").gt(0);
    Limits restDifference = measure.differenceInterval(CELL, LA_REST);
    String gap = measure.name() + "_gap_to_la_pct";
    return List.of(
        when(hasLa, measure.percent(LA)).as("la_" + measure.name() + "_rate_pct"),
        when(hasLa, measure.percent(CELL).minus(measure.percent(LA))).as(gap),
        when(hasLa, when(restOfLa, restDifference.lower().multiply(scale)).otherwise(0.0))
            .as(gap + "_ci_low"),
        when(hasLa, when(restOfLa, restDifference.upper().multiply(scale)).otherwise(0.0))
            .as(gap + "_ci_high"));
  }

  private static List<Column> change(TrendMeasure measure, TrendSettings settings) {
    Column hasPrevious = col("prev_enrolments").gt(0);
    Column testable =
        hasPrevious
            .and(col("enrolments").geq(settings.minimumGroupSize()))
            .and(col("prev_enrolments").geq(settings.minimumGroupSize()));
    Column change = measure.percent(CELL).minus(measure.percent(PREVIOUS));
    Column standardError = measure.differenceStandardError(CELL, PREVIOUS);
    Column p =
        when(
            testable,
            when(standardError.gt(0), Intervals.twoSidedP(change.divide(standardError)))
                .otherwise(when(change.equalTo(0), 1.0).otherwise(0.0)));
    Limits limits = measure.differenceInterval(CELL, PREVIOUS);
    String stem = measure.name() + "_change";
    return List.of(
        when(hasPrevious, measure.percent(PREVIOUS)).as("prev_" + measure.name() + "_rate_pct"),
        when(hasPrevious, change).as(stem + "_pct"),
        when(hasPrevious, limits.lower()).as(stem + "_ci_low"),
        when(hasPrevious, limits.upper()).as(stem + "_ci_high"),
        p.as(stem + "_p"));
  }
}
