package org.schoolattendance.synthetic.register;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.schoolattendance.synthetic.calendar.SchoolTimeline;
import org.schoolattendance.synthetic.calendar.TermName;
import org.schoolattendance.synthetic.population.Enrolment;
import org.schoolattendance.synthetic.population.Pupil;
import org.schoolattendance.synthetic.random.Draw;
import org.schoolattendance.synthetic.random.Seeds;
import org.schoolattendance.synthetic.school.Phase;
import org.schoolattendance.synthetic.school.School;

/**
 * Simulates one enrolment day by day. Day absences follow a two-state chain (spells of illness or
 * truancy) whose long-run rate is the pupil's rate for that day; planned events (holidays,
 * suspensions, travelling, study leave) and single-session events (appointments, lateness) are
 * layered on top. An optional treatment removes absences with the planted effect, keeping the
 * untreated (counterfactual) outcome for the truth file.
 */
final class EnrolmentSimulator {

  private final EnrolmentTrack track;
  private final Enrolment enrolment;
  private final Pupil pupil;
  private final School school;
  private final SchoolTimeline timeline;
  private final SchoolEvents events;
  private final SplittableRandom rng;
  private final byte[] planned;
  private final boolean observant;
  private final boolean phasedStart;
  private int plannedYear = -1;
  private int partTimeFrom = -1;
  private int partTimeTo = -1;
  private boolean inSpell;
  private Mark spellMark = Mark.ILLNESS;
  private Treatment treatment;
  private final AttendanceLedger ledger;

  EnrolmentSimulator(
      long seed,
      EnrolmentTrack track,
      SchoolTimeline timeline,
      SchoolEvents events,
      AttendanceLedger ledger) {
    this.track = track;
    this.enrolment = track.enrolment();
    this.pupil = enrolment.pupil();
    this.school = enrolment.school();
    this.timeline = timeline;
    this.events = events;
    this.ledger = ledger;
    track.attach(ledger);
    this.rng = Seeds.stream(seed, Seeds.tag("register"), enrolment.id());
    this.planned = new byte[Math.max(0, track.lastDay() - track.firstDay() + 1)];
    String eth = pupil.ethnicity();
    double observantChance =
        switch (eth) {
          case "APKN", "ABAN" -> 0.7;
          case "BAFR", "OOTH", "AOTH", "MWAS" -> 0.25;
          default -> 0.0;
        };
    this.observant = rng.nextDouble() < observantChance;
    this.phasedStart = rng.nextDouble() < 0.6;
  }

  EnrolmentTrack track() {
    return track;
  }

  Treatment treatment() {
    return treatment;
  }

  AttendanceLedger ledger() {
    return ledger;
  }

  /** Plants the effect of a first in-person contact on {@code date} from the next day on. */
  void treat(Treatment t) {
    if (treatment == null) {
      treatment = t;
      track.treat(t);
    }
  }

  int ncYear(int day) {
    return pupil.ncYear(timeline.year(day).startYear());
  }

  void simulate(int day) {
    if (!track.covers(day)) {
      return;
    }
    LocalDate date = timeline.date(day);
    if (timeline.isClosure(day)) {
      track.set(day, false, Mark.CLOSED);
      track.set(day, true, Mark.CLOSED);
      return;
    }
    if (enrolment.atOtherSchool(date)) {
      track.set(day, false, Mark.DUAL_REGISTERED);
      track.set(day, true, Mark.DUAL_REGISTERED);
      inSpell = false;
      return;
    }
    int yearIndex = timeline.yearIndex(day);
    if (yearIndex != plannedYear) {
      planYear(yearIndex);
    }
    int nc = pupil.ncYear(timeline.year(day).startYear());
    double yearRate = AbsenceModel.yearRate(pupil, school, nc);
    double dayRate = Math.min(0.97, yearRate * AbsenceModel.dayFactor(date, school.phase()));

    Mark am;
    Mark pm;
    boolean newSpell = false;
    byte plan = planned[day - track.firstDay()];
    if (plan != 0) {
      am = Mark.of((byte) (plan - 1));
      pm = am;
      inSpell = false;
    } else {
      double r = AbsenceModel.persistence(yearRate);
      boolean absent;
      if (inSpell) {
        absent = rng.nextDouble() < r;
      } else {
        double start = Math.min(1.0, dayRate * (1 - r) / (1 - dayRate));
        absent = rng.nextDouble() < start;
        if (absent) {
          spellMark = chooseReason();
          newSpell = true;
        }
      }
      inSpell = absent;
      if (absent) {
        am = spellMark;
        pm = spellMark;
        if (spellMark == Mark.ILLNESS && rng.nextDouble() < 0.12) {
          am = Mark.PRESENT;
        }
      } else {
        am = Mark.PRESENT;
        pm = Mark.PRESENT;
      }
      am = sessionEvents(am, false, day, nc);
      pm = sessionEvents(pm, true, day, nc);
      if (am == Mark.PRESENT && pm == Mark.PRESENT) {
        if (events.tripDay(nc, day)) {
          am = Mark.EDUCATIONAL_VISIT;
          pm = Mark.EDUCATIONAL_VISIT;
        } else if (events.workExperience(nc, day)) {
          am = Mark.WORK_EXPERIENCE;
          pm = Mark.WORK_EXPERIENCE;
        } else if (observant && SchoolEvents.festival(date)) {
          am = Mark.RELIGIOUS;
          pm = Mark.RELIGIOUS;
        }
      }
      if (pm == Mark.PRESENT && day >= partTimeFrom && day <= partTimeTo) {
        pm = Mark.PART_TIME_TIMETABLE;
      }
      if (nc == 0 && phasedStart && pm == Mark.PRESENT && inFirstWeekOfYear(day)) {
        pm = Mark.NON_COMPULSORY_AGE;
      }
      if (school.phase() == Phase.SPECIAL && rng.nextDouble() < 0.003) {
        am = Mark.TRANSPORT_UNAVAILABLE;
        pm = Mark.TRANSPORT_UNAVAILABLE;
      }
    }
    Mark cfAm = am;
    Mark cfPm = pm;
    if (treatment != null) {
      am = treatment.apply(am, date, dayRate);
      pm = treatment.apply(pm, date, dayRate);
    }
    ledger.record(day, date, cfAm, am, cfPm, pm);
    track.set(day, false, am);
    track.set(day, true, pm);
    if (am == Mark.LATE || am == Mark.LATE_AFTER_CLOSE) {
      track.setMinutesLate(day, false, lateMinutes(am));
    }
    if (pm == Mark.LATE || pm == Mark.LATE_AFTER_CLOSE) {
      track.setMinutesLate(day, true, lateMinutes(pm));
    }
    provisionalMarks(day, am, pm, newSpell);
  }

  private boolean inFirstWeekOfYear(int day) {
    SchoolTimeline.HalfTerm ht = timeline.halfTermOf(day);
    return ht.term() == TermName.AUTUMN && ht.half() == 0 && day - ht.firstDay() < 5;
  }

  private Mark chooseReason() {
    if (rng.nextDouble() < pupil.unauthorisedShare() * 0.8) {
      return Mark.UNAUTHORISED_OTHER;
    }
    double v = rng.nextDouble();
    if (v < 0.9) {
      return Mark.ILLNESS;
    } else if (v < 0.96) {
      return Mark.MEDICAL;
    }
    return Mark.EXCEPTIONAL_LEAVE;
  }

  private Mark sessionEvents(Mark mark, boolean pm, int day, int nc) {
    if (mark != Mark.PRESENT) {
      return mark;
    }
    double medical = pupil.sen() == 'E' ? 0.007 : 0.0035;
    if (rng.nextDouble() < medical) {
      return Mark.MEDICAL;
    }
    double late = pm ? pupil.lateness() * 0.12 : pupil.lateness();
    if (nc >= 7) {
      late *= 1.4;
    }
    if (rng.nextDouble() < late) {
      return !pm && rng.nextDouble() < 0.13 ? Mark.LATE_AFTER_CLOSE : Mark.LATE;
    }
    return Mark.PRESENT;
  }

  private int lateMinutes(Mark mark) {
    if (mark == Mark.LATE_AFTER_CLOSE) {
      return 31 + rng.nextInt(60);
    }
    double u = rng.nextDouble();
    return 1 + (int) (u * u * 29);
  }

  /**
   * First-day absences are often coded N until a reason arrives, and a few marks are briefly left
   * blank. A provisional mark is resolved before the export that last covers it, except at the very
   * end of the window.
   */
  private void provisionalMarks(int day, Mark am, Mark pm, boolean newSpell) {
    if (newSpell && am == Mark.UNAUTHORISED_OTHER && rng.nextDouble() < 0.15) {
      // Never resolved: the reason stays N.
      track.set(day, false, Mark.NO_REASON_YET);
    } else if (newSpell
        && (am == Mark.ILLNESS || am == Mark.UNAUTHORISED_OTHER)
        && rng.nextDouble() < 0.3) {
      track.provisional(day, false, Mark.NO_REASON_YET, resolution(day, 1 + rng.nextInt(5)));
    }
    if (rng.nextDouble() < 0.0008) {
      boolean which = rng.nextBoolean();
      track.provisional(day, which, Mark.MISSING, resolution(day, 1 + rng.nextInt(3)));
    }
  }

  private LocalDate resolution(int day, int schoolDays) {
    SchoolTimeline.HalfTerm ht = timeline.halfTermOf(day);
    int target = day + schoolDays;
    boolean inOverlapWeek = ht.lastDay() - day < 5;
    if (!inOverlapWeek) {
      target = Math.min(target, ht.lastDay());
    }
    if (target >= timeline.size()) {
      return timeline.date(timeline.size() - 1).plusDays(1);
    }
    return timeline.date(target);
  }

  private void planYear(int yearIndex) {
    plannedYear = yearIndex;
    int from = -1;
    int to = -1;
    for (int d = track.firstDay(); d <= track.lastDay(); d++) {
      if (timeline.yearIndex(d) == yearIndex) {
        if (from < 0) {
          from = d;
        }
        to = d;
      }
    }
    if (from < 0) {
      return;
    }
    int startYear = timeline.year(from).startYear();
    int nc = pupil.ncYear(startYear);
    boolean secondaryAge = nc >= 7;
    double rate = AbsenceModel.yearRate(pupil, school, nc);

    if (!pupil.travellerHeritage()
        && rng.nextDouble() < 0.04 + 0.25 * Math.max(0, pupil.unauthorisedShare() - 0.2)) {
      planHoliday(from, to);
    }
    double suspension =
        switch (school.phase()) {
          case PRU -> 0.2;
          case PRIMARY -> 0.004;
          default -> secondaryAge ? 0.03 : 0.005;
        };
    if (rate > 0.1) {
      suspension *= 2.5;
    }
    if (pupil.sen() != 'N') {
      suspension *= 1.8;
    }
    if (rng.nextDouble() < suspension) {
      int start = from + rng.nextInt(to - from + 1);
      fill(start, start + rng.nextInt(3), Mark.SUSPENDED, false);
    }
    if (pupil.travellerHeritage() && rng.nextDouble() < 0.45) {
      int start = from + (int) ((to - from) * (0.65 + 0.2 * rng.nextDouble()));
      fill(start, start + 8 + rng.nextInt(12), Mark.TRAVELLER, false);
    }
    if (nc == 11) {
      for (int d = from; d <= to; d++) {
        LocalDate date = timeline.date(d);
        if (date.getMonthValue() == 6 && date.getDayOfMonth() >= 10 && rng.nextDouble() < 0.3) {
          fill(d, d, Mark.STUDY_LEAVE, false);
        }
      }
      if (rng.nextDouble() < 0.15) {
        int d = from + (int) ((to - from) * (0.35 + 0.2 * rng.nextDouble()));
        fill(d, d, Mark.INTERVIEW, false);
      }
    }
    partTimeFrom = -1;
    partTimeTo = -1;
    if (secondaryAge && rate > 0.2 && rng.nextDouble() < 0.08) {
      partTimeFrom = from + rng.nextInt(to - from + 1);
      partTimeTo = Math.min(to, partTimeFrom + 20 + rng.nextInt(30));
    }
  }

  private void planHoliday(int from, int to) {
    // Term-time holidays cluster next to half-term and end-of-term breaks.
    java.util.List<SchoolTimeline.HalfTerm> halves =
        timeline.halfTerms().stream()
            .filter(h -> h.lastDay() >= from && h.firstDay() <= to)
            .toList();
    if (halves.isEmpty()) {
      return;
    }
    SchoolTimeline.HalfTerm ht = Draw.pick(rng, halves);
    int length = Draw.between(rng, 2, 5);
    boolean atEnd = ht.term() == TermName.SUMMER && ht.half() == 1 || rng.nextDouble() < 0.6;
    int start = atEnd ? ht.lastDay() - length + 1 : ht.firstDay();
    Mark mark =
        rng.nextDouble() < 0.1 && !AttendanceCodes.usesCurrentSet(timeline.date(Math.max(0, start)))
            ? Mark.AGREED_HOLIDAY
            : Mark.UNAUTHORISED_HOLIDAY;
    fill(start, start + length - 1, mark, true);
  }

  private void fill(int fromDay, int toDay, Mark mark, boolean overwrite) {
    for (int d = Math.max(fromDay, track.firstDay()); d <= Math.min(toDay, track.lastDay()); d++) {
      int i = d - track.firstDay();
      if (overwrite || planned[i] == 0) {
        planned[i] = (byte) (mark.id() + 1);
      }
    }
  }
}
