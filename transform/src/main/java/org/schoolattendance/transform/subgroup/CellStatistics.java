package org.schoolattendance.transform.subgroup;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;

/**
 * The additive statistics of a cell (a group of enrolment-periods): counts, session sums and the
 * sums of squares and products the delta-method variance of an absence rate needs. Being sums, they
 * roll up from schools to the LA and subtract to give "the rest of the cohort".
 */
final class CellStatistics {

  static final List<String> COUNTS =
      List.of(
          "enrolments",
          "possible_sessions",
          "attendance_sessions",
          "authorised_absence_sessions",
          "unauthorised_absence_sessions",
          "overall_absence_sessions",
          "late_before_close_sessions",
          "late_after_close_sessions",
          "persistent_absentees",
          "severe_absentees");

  static final List<String> MOMENTS =
      List.of("sum_absence_squared", "sum_absence_by_possible", "sum_possible_squared");

  static final List<String> ALL = concat(COUNTS, MOMENTS);

  private CellStatistics() {}

  /** Aggregates over enrolment-period rows. */
  static Column[] fromEnrolmentPeriods() {
    Column absence = col("overall_absence_sessions");
    Column possible = col("possible_sessions");
    List<Column> columns = new ArrayList<>();
    columns.add(count(lit(1)).as("enrolments"));
    COUNTS.subList(1, 8).forEach(name -> columns.add(sum(col(name)).as(name)));
    columns.add(flagCount("is_persistent_absentee").as("persistent_absentees"));
    columns.add(flagCount("is_severe_absentee").as("severe_absentees"));
    columns.add(sum(absence.multiply(absence)).as("sum_absence_squared"));
    columns.add(sum(absence.multiply(possible)).as("sum_absence_by_possible"));
    columns.add(sum(possible.multiply(possible)).as("sum_possible_squared"));
    return columns.toArray(Column[]::new);
  }

  /** Aggregates over cells: sums of each statistic. */
  static Column[] fromCells() {
    return ALL.stream().map(name -> sum(col(name)).as(name)).toArray(Column[]::new);
  }

  /** Each statistic of the cell prefixed {@code from} minus the unprefixed one, as {@code to}. */
  static Column[] difference(String from, String to) {
    return ALL.stream()
        .map(name -> col(from + name).minus(col(name)).as(to + name))
        .toArray(Column[]::new);
  }

  static Column[] renamed(String prefix) {
    return ALL.stream().map(name -> col(name).as(prefix + name)).toArray(Column[]::new);
  }

  private static Column flagCount(String flag) {
    return sum(when(col(flag), 1L).otherwise(0L));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
