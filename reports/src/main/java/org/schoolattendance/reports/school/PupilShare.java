package org.schoolattendance.reports.school;

import java.util.function.Function;
import org.schoolattendance.reports.Figures;
import org.schoolattendance.reports.privacy.SmallGroupSuppression;

/**
 * Persistent or severe absence: a share of pupils. Where the pupils it counts are 1 to fewer than
 * the suppression size, the share is hidden with the count, since the share times the enrolments
 * shown beside it would give the count back.
 */
record PupilShare(Function<Headline, Double> rate, Function<Headline, Long> pupils) {

  static final PupilShare PERSISTENT =
      new PupilShare(Headline::persistentAbsenceRatePct, Headline::persistentAbsentees);
  static final PupilShare SEVERE =
      new PupilShare(Headline::severeAbsenceRatePct, Headline::severeAbsentees);

  boolean hidden(Headline figures, SmallGroupSuppression suppression) {
    return suppression.isTooSmall(pupils.apply(figures));
  }

  /** The share for a chart: null where hidden or not available. */
  Double shown(Headline figures, SmallGroupSuppression suppression) {
    return figures == null || hidden(figures, suppression) ? null : rate.apply(figures);
  }

  /** The share for a table: c where hidden, "not available" without figures. */
  String rateCell(Headline figures, SmallGroupSuppression suppression) {
    return figures == null
        ? Figures.NOT_AVAILABLE
        : Cells.percent(rate.apply(figures), hidden(figures, suppression));
  }

  /** The number of pupils for a table: c where hidden, "not available" without figures. */
  String countCell(Headline figures, SmallGroupSuppression suppression) {
    return figures == null
        ? Figures.NOT_AVAILABLE
        : Cells.count(pupils.apply(figures), hidden(figures, suppression));
  }
}
