package org.schoolattendance.synthetic.intervention;

import org.schoolattendance.synthetic.register.AttendanceLedger;

/**
 * The matching features of methods-notes §1, computed for one enrolment at the start of a school
 * week: attendance over the six school weeks before it, banded (<80, 80-<85, 85-<90, 90-<95, >=95)
 * and the change between the last three and the first three of those weeks, banded (<= -10, -10 to
 * < -3, -3 to +3, > +3 points).
 */
record Features(int possible, double attendance, double change, int unauthorised, int late) {

  static final int WEEKS = 6;

  /** Null when the enrolment has no sessions in one of the two three-week halves. */
  static Features at(AttendanceLedger ledger, int week) {
    if (week < WEEKS) {
      return null;
    }
    int p1 = 0;
    int a1 = 0;
    int p2 = 0;
    int a2 = 0;
    int unauth = 0;
    int late = 0;
    for (int w = week - WEEKS; w < week; w++) {
      boolean firstHalf = w < week - WEEKS / 2;
      if (firstHalf) {
        p1 += ledger.weekPossible(w);
        a1 += ledger.weekAttended(w);
      } else {
        p2 += ledger.weekPossible(w);
        a2 += ledger.weekAttended(w);
      }
      unauth += ledger.weekUnauthorised(w);
      late += ledger.weekLate(w);
    }
    if (p1 == 0 || p2 == 0) {
      return null;
    }
    double attendance = 100.0 * (a1 + a2) / (p1 + p2);
    double change = 100.0 * a2 / p2 - 100.0 * a1 / p1;
    return new Features(p1 + p2, attendance, change, unauth, late);
  }

  /** 0 = below 80% ... 4 = 95% or more. */
  int band() {
    if (attendance < 80) {
      return 0;
    } else if (attendance < 85) {
      return 1;
    } else if (attendance < 90) {
      return 2;
    } else if (attendance < 95) {
      return 3;
    }
    return 4;
  }

  /** 0 = fell 10 points or more, 1 = fell 3 to 10, 2 = steady, 3 = rose more than 3. */
  int changeBand() {
    if (change <= -10) {
      return 0;
    } else if (change < -3) {
      return 1;
    } else if (change <= 3) {
      return 2;
    }
    return 3;
  }
}
