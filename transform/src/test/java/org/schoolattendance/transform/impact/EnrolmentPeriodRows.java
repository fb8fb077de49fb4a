package org.schoolattendance.transform.impact;

import java.sql.Date;
import java.time.LocalDate;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Rows of {@code mart_enrolment_period} with exactly the contract's columns and types. */
final class EnrolmentPeriodRows {

  static final StructType SCHEMA =
      new StructType()
          .add("enrolment_key", DataTypes.LongType)
          .add("pupil_key", DataTypes.LongType)
          .add("urn", DataTypes.StringType)
          .add("la_code", DataTypes.StringType)
          .add("phase", DataTypes.StringType)
          .add("academic_year", DataTypes.StringType)
          .add("year_key", DataTypes.StringType)
          .add("period_type", DataTypes.StringType)
          .add("period_id", DataTypes.StringType)
          .add("period_start", DataTypes.DateType)
          .add("period_end", DataTypes.DateType)
          .add("possible_sessions", DataTypes.LongType)
          .add("attendance_sessions", DataTypes.LongType)
          .add("authorised_absence_sessions", DataTypes.LongType)
          .add("unauthorised_absence_sessions", DataTypes.LongType)
          .add("overall_absence_sessions", DataTypes.LongType)
          .add("late_before_close_sessions", DataTypes.LongType)
          .add("late_after_close_sessions", DataTypes.LongType)
          .add("is_persistent_absentee", DataTypes.BooleanType)
          .add("is_severe_absentee", DataTypes.BooleanType)
          .add("in_headline_cohort", DataTypes.BooleanType)
          .add("age_at_31_august", DataTypes.IntegerType)
          .add("nc_year", DataTypes.StringType)
          .add("sex", DataTypes.StringType)
          .add("fsm_eligible", DataTypes.BooleanType)
          .add("sen_provision", DataTypes.StringType)
          .add("ethnicity_minor", DataTypes.StringType)
          .add("ethnicity_major", DataTypes.StringType)
          .add("first_language_group", DataTypes.StringType)
          .add("characteristics_as_of", DataTypes.DateType);

  private EnrolmentPeriodRows() {}

  /** One secondary pupil's period; the enrolment key is the pupil key (one school each). */
  static Row row(
      long pupil,
      String urn,
      boolean fsm,
      String ncYear,
      String periodType,
      LocalDate start,
      LocalDate end,
      long possible,
      long absent) {
    int startYear = start.getMonthValue() >= 9 ? start.getYear() : start.getYear() - 1;
    String academicYear = startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    String yearKey = academicYear.replace('/', '-');
    return RowFactory.create(
        pupil,
        pupil,
        urn,
        "307",
        "secondary",
        academicYear,
        yearKey,
        periodType,
        academicYear + "-" + periodType + "-" + start,
        Date.valueOf(start),
        Date.valueOf(end),
        possible,
        possible - absent,
        absent,
        0L,
        absent,
        0L,
        0L,
        absent * 10 >= possible,
        absent * 2 >= possible,
        true,
        Integer.parseInt(ncYear) + 4,
        ncYear,
        pupil % 2 == 0 ? "M" : "F",
        fsm,
        "N",
        "WBRI",
        "White",
        "English",
        Date.valueOf(LocalDate.of(startYear, 10, 5)));
  }
}
