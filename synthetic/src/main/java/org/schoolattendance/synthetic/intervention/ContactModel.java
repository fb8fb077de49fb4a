package org.schoolattendance.synthetic.intervention;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.schoolattendance.synthetic.EffectSizes;
import org.schoolattendance.synthetic.calendar.SchoolTimeline;
import org.schoolattendance.synthetic.population.Enrolment;
import org.schoolattendance.synthetic.population.Pupil;
import org.schoolattendance.synthetic.random.Draw;
import org.schoolattendance.synthetic.random.Seeds;
import org.schoolattendance.synthetic.register.ContactHook;
import org.schoolattendance.synthetic.register.Treatment;
import org.schoolattendance.synthetic.school.School;

/**
 * One school's attendance team. Each week, referral depends only on matchable features (phase, year
 * group, FSM, SEN, attendance band and its recent change, see {@link Features}) plus independent
 * chance; referred pupils wait in a queue served at a fixed weekly capacity after a random lag, so
 * contacts come after a dip, with delays. The first in-person contact plants the treatment effect.
 * Letters and legal steps are logged but have no effect.
 */
public final class ContactModel implements ContactHook {

  /** Weekly referral chance by attendance band (below 80% ... 95% and over). */
  private static final double[] BAND_HAZARD = {0.03, 0.015, 0.007, 0.0015, 0.0001};

  /** Multiplier by change band (fell 10+ points ... rose). */
  private static final double[] CHANGE_FACTOR = {2.5, 1.6, 1.0, 0.6};

  private static final int COOLDOWN_WEEKS = 12;

  private record Referral(ContactHook.PupilView pupil, int readyWeek, String reason) {}

  /** Per-enrolment history kept by the team. */
  private static final class Case {
    int lastContactWeek = -1000;
    int contacts;
    boolean queued;
    boolean inPersonDone;
    int letterYear = -1;
    int letterLevel;
    int letterWeek = -1000;
    int noticeWeek = -1000;
    int noticeYear = -1;
    boolean penaltyThisNotice;
  }

  private final School school;
  private final SchoolTimeline timeline;
  private final EffectSizes effects;
  private final long seed;
  private final SplittableRandom rng;
  private final double weeklyCapacity;
  private double capacityCarry;
  private final Deque<Referral> queue = new ArrayDeque<>();
  private final Map<Integer, Case> cases = new HashMap<>();
  private final List<Referral> followUps = new ArrayList<>();
  private final List<InterventionRecord> records = new ArrayList<>();

  public ContactModel(
      long seed, School school, SchoolTimeline timeline, EffectSizes effects, int roll) {
    this.seed = seed;
    this.school = school;
    this.timeline = timeline;
    this.effects = effects;
    this.rng = Seeds.stream(seed, Seeds.tag("contacts"), school.urnNumber());
    this.weeklyCapacity = roll / 500.0;
  }

  public List<InterventionRecord> records() {
    return records;
  }

  @Override
  public void weekStarts(int week, int firstDay, List<PupilView> onRoll) {
    int lastDay = firstDay;
    while (lastDay + 1 < timeline.size() && timeline.week(lastDay + 1) == week) {
      lastDay++;
    }
    for (PupilView v : onRoll) {
      Features f = Features.at(v.ledger(), week);
      if (f == null) {
        continue;
      }
      Case c = cases.computeIfAbsent(v.track().enrolment().id(), k -> new Case());
      letters(v, f, c, week, firstDay, lastDay);
      legal(v, f, c, week, firstDay, lastDay);
      if (c.queued || week - c.lastContactWeek < COOLDOWN_WEEKS) {
        continue;
      }
      if (rng.nextDouble() < referralChance(v, f, firstDay)) {
        c.queued = true;
        queue.addLast(new Referral(v, week + rng.nextInt(3), reason(f)));
      }
    }
    serve(week, firstDay, lastDay);
  }

  private double referralChance(PupilView v, Features f, int day) {
    Pupil p = v.track().enrolment().pupil();
    int nc = v.ncYear(day);
    double h = BAND_HAZARD[f.band()] * CHANGE_FACTOR[f.changeBand()];
    if (p.fsmOn(timeline.date(day))) {
      h *= 1.3;
    }
    h *=
        switch (p.sen()) {
          case 'K' -> 1.2;
          case 'E' -> 1.4;
          default -> 1.0;
        };
    if (nc >= 7) {
      h *= 0.85;
    }
    if (nc == 0 || nc >= 11) {
      h *= 0.7;
    }
    return h;
  }

  private static String reason(Features f) {
    if (f.late() >= 5) {
      return "lateness";
    }
    if (f.unauthorised() * 2 >= (100 - f.attendance()) * f.possible() / 100.0) {
      return "low_attendance_no_contact";
    }
    return f.attendance() < 85 ? "lack_of_engagement" : "welfare_concern";
  }

  private void serve(int week, int firstDay, int lastDay) {
    int served = 0;
    List<Referral> due = new ArrayList<>(followUps);
    followUps.clear();
    for (Referral r : due) {
      if (r.readyWeek() > week) {
        followUps.add(r);
      } else if (r.pupil().track().covers(lastDay)) {
        contact(r, week, firstDay, lastDay, false);
      }
    }
    // Fractional capacity accumulates, so a small school manages one first contact every few weeks.
    capacityCarry = Math.min(capacityCarry + weeklyCapacity, Math.max(1.0, 2 * weeklyCapacity));
    int capacity = (int) capacityCarry;
    int n = queue.size();
    for (int i = 0; i < n && served < capacity; i++) {
      Referral r = queue.pollFirst();
      if (r.readyWeek() > week) {
        queue.addLast(r);
        continue;
      }
      Case c = cases.get(r.pupil().track().enrolment().id());
      c.queued = false;
      if (!r.pupil().track().covers(lastDay)) {
        continue;
      }
      if (week - r.readyWeek() > 10) {
        // Waited a whole half-term: the team moves on.
        continue;
      }
      contact(r, week, firstDay, lastDay, true);
      served++;
    }
    capacityCarry -= served;
  }

  private void contact(Referral r, int week, int firstDay, int lastDay, boolean first) {
    PupilView v = r.pupil();
    Enrolment e = v.track().enrolment();
    Case c = cases.get(e.id());
    int day =
        Math.max(firstDay, v.track().firstDay())
            + rng.nextInt(lastDay - Math.max(firstDay, v.track().firstDay()) + 1);
    LocalDate date = timeline.date(day);
    ContactType type =
        ContactType.values()[Draw.weighted(rng, new double[] {0.38, 0.24, 0.28, 0.10})];
    c.lastContactWeek = week;
    c.contacts++;
    boolean firstHomeVisit = type == ContactType.HOME_VISIT && !c.inPersonDone;
    if (type.inPerson()) {
      if (!v.treated()) {
        v.treat(
            new Treatment(
                date,
                v.ncYear(day) >= 7,
                effects,
                Seeds.derive(seed, Seeds.tag("treatment"), e.id())));
      }
      c.inPersonDone = true;
    } else if (effects.remoteContactPoints() > 0 && !v.treated()) {
      double pts = effects.remoteContactPoints();
      v.treat(
          new Treatment(
              date,
              v.ncYear(day) >= 7,
              new EffectSizes(pts, pts, pts, pts),
              Seeds.derive(seed, Seeds.tag("treatment"), e.id())));
    }
    records.add(Narratives.contact(rng, e, school, date, type, firstHomeVisit, r.reason()));
    if (first || rng.nextDouble() < 0.35) {
      if (rng.nextDouble() < 0.55) {
        followUps.add(new Referral(v, week + 2 + rng.nextInt(5), r.reason()));
      }
    }
    if (type.inPerson() && rng.nextDouble() < 0.08) {
      records.add(
          Narratives.formal(rng, e, school, date, ContactType.ATTENDANCE_CONTRACT, r.reason()));
    }
    if (r.reason().equals("welfare_concern") && rng.nextDouble() < 0.1) {
      records.add(Narratives.formal(rng, e, school, date, ContactType.REFERRAL, r.reason()));
    }
  }

  private void letters(PupilView v, Features f, Case c, int week, int firstDay, int lastDay) {
    int year = timeline.yearIndex(firstDay);
    if (c.letterYear != year) {
      c.letterYear = year;
      c.letterLevel = 0;
    }
    double[] thresholds = {90, 85, 80};
    if (c.letterLevel >= 3
        || f.attendance() >= thresholds[c.letterLevel]
        || week - c.letterWeek < 4
        || rng.nextDouble() > 0.06) {
      return;
    }
    ContactType type = ContactType.values()[ContactType.LETTER_1.ordinal() + c.letterLevel];
    c.letterLevel++;
    c.letterWeek = week;
    LocalDate date = timeline.date(Math.max(firstDay, v.track().firstDay()));
    records.add(
        Narratives.formal(
            rng, v.track().enrolment(), school, date, type, "low_attendance_no_contact"));
  }

  /** Penalty route: 10+ unauthorised sessions in the last 10 school weeks, compulsory age only. */
  private void legal(PupilView v, Features f, Case c, int week, int firstDay, int lastDay) {
    int nc = v.ncYear(firstDay);
    if (nc < 1 || nc > 11 || week < 10 || c.contacts == 0) {
      return;
    }
    int unauth = 0;
    for (int w = week - 10; w < week; w++) {
      unauth += v.ledger().weekUnauthorised(w);
    }
    if (unauth < 10) {
      return;
    }
    int year = timeline.yearIndex(firstDay);
    Enrolment e = v.track().enrolment();
    LocalDate date = timeline.date(Math.max(firstDay, v.track().firstDay()));
    if (c.noticeYear != year && rng.nextDouble() < 0.15) {
      c.noticeYear = year;
      c.noticeWeek = week;
      c.penaltyThisNotice = false;
      records.add(
          Narratives.formal(
              rng, e, school, date, ContactType.NOTICE_TO_IMPROVE, "low_attendance_no_contact"));
    } else if (c.noticeYear == year
        && !c.penaltyThisNotice
        && week - c.noticeWeek >= 6
        && rng.nextDouble() < 0.4) {
      c.penaltyThisNotice = true;
      records.add(
          Narratives.formal(
              rng, e, school, date, ContactType.FIXED_PENALTY_NOTICE, "low_attendance_no_contact"));
    }
  }
}
