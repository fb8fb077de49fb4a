package org.schoolattendance.transform.subgroup;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sqrt;

import java.util.List;
import org.apache.spark.sql.Column;
import org.schoolattendance.transform.stats.Intervals;
import org.schoolattendance.transform.stats.Intervals.Limits;

/**
 * A headline measure compared between cells: its value in percent, its 95% interval, and the
 * interval and standard error of the difference between two independent cells.
 */
sealed interface TrendMeasure {

  List<TrendMeasure> ALL =
      List.of(new OverallAbsence(), new Share("persistent_absence"), new Share("severe_absence"));

  /** Column-name stem, e.g. {@code overall_absence}. */
  String name();

  Column percent(CellMeasures cell);

  Limits interval(CellMeasures cell);

  /** 95% interval of {@code a − b} in percentage points. */
  Limits differenceInterval(CellMeasures a, CellMeasures b);

  /** Standard error of {@code a − b} in percentage points, for a Wald test. */
  Column differenceStandardError(CellMeasures a, CellMeasures b);

  /** The overall absence rate, a ratio of session sums with a delta-method variance. */
  record OverallAbsence() implements TrendMeasure {

    @Override
    public String name() {
      return "overall_absence";
    }

    @Override
    public Column percent(CellMeasures cell) {
      return cell.overallAbsencePct();
    }

    @Override
    public Limits interval(CellMeasures cell) {
      return Intervals.normal(percent(cell), cell.overallAbsenceVariance());
    }

    @Override
    public Limits differenceInterval(CellMeasures a, CellMeasures b) {
      return Intervals.normal(
          percent(a).minus(percent(b)),
          a.overallAbsenceVariance().plus(b.overallAbsenceVariance()));
    }

    @Override
    public Column differenceStandardError(CellMeasures a, CellMeasures b) {
      return sqrt(a.overallAbsenceVariance().plus(b.overallAbsenceVariance()));
    }
  }

  /** A share of enrolments (persistent or severe absentees) with Wilson and Newcombe intervals. */
  record Share(String name) implements TrendMeasure {

    @Override
    public Column percent(CellMeasures cell) {
      return CellMeasures.percent(share(cell));
    }

    @Override
    public Limits interval(CellMeasures cell) {
      return wilson(cell).times(100.0);
    }

    @Override
    public Limits differenceInterval(CellMeasures a, CellMeasures b) {
      return Intervals.newcombe(share(a), wilson(a), share(b), wilson(b)).times(100.0);
    }

    @Override
    public Column differenceStandardError(CellMeasures a, CellMeasures b) {
      return sqrt(binomialVariance(a).plus(binomialVariance(b))).multiply(lit(100.0));
    }

    private Column share(CellMeasures cell) {
      return name.equals("persistent_absence") ? cell.persistentShare() : cell.severeShare();
    }

    private Limits wilson(CellMeasures cell) {
      return name.equals("persistent_absence") ? cell.persistentWilson() : cell.severeWilson();
    }

    private Column binomialVariance(CellMeasures cell) {
      Column p = share(cell);
      return p.multiply(lit(1.0).minus(p)).divide(cell.stat("enrolments"));
    }
  }
}
