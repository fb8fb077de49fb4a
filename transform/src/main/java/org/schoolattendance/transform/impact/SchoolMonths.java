package org.schoolattendance.transform.impact;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import org.apache.spark.sql.Column;

/**
 * Calendar months numbered without August, so that relative months step over the summer holiday:
 * September 2024 is 2024 × 11 + 0, July 2025 is 2024 × 11 + 10, and September 2025 follows as 2025
 * × 11 + 0. August (no school days) has no number.
 */
final class SchoolMonths {

  private SchoolMonths() {}

  static Column index(Column date) {
    Column month = month(date);
    Column academicYearStart = when(month.geq(9), year(date)).otherwise(year(date).minus(1));
    Column position = when(month.geq(9), month.minus(9)).otherwise(month.plus(3));
    return when(month.notEqual(8), academicYearStart.multiply(11).plus(position));
  }

  static Column indexOf(String dateColumn) {
    return index(col(dateColumn));
  }
}
