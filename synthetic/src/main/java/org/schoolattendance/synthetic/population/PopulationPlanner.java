package org.schoolattendance.synthetic.population;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.schoolattendance.synthetic.calendar.AcademicYear;
import org.schoolattendance.synthetic.calendar.Term;
import org.schoolattendance.synthetic.calendar.TermName;
import org.schoolattendance.synthetic.calendar.YearCalendar;
import org.schoolattendance.synthetic.random.Draw;
import org.schoolattendance.synthetic.random.Seeds;
import org.schoolattendance.synthetic.school.Phase;
import org.schoolattendance.synthetic.school.School;
import org.schoolattendance.synthetic.upn.UpnAllocator;

/**
 * Plans who is on which roll when: the roll at the start of the window, progression through year
 * groups, reception and year 7 intakes (most LA year 6 leavers move to an LA secondary, keeping
 * their UPN), mid-year movers between LA schools and to or from elsewhere, and dual registrations
 * with a PRU or special school.
 */
public final class PopulationPlanner {

  static final double MID_YEAR_LEAVE_CHANCE = 0.035;
  static final double TRANSFER_WITHIN_LA = 0.35;
  static final double TO_LA_SECONDARY = 0.8;

  private static final String[] OTHER_LA_CODES = {
    "202", "204", "209", "213", "302", "304", "306", "308", "310", "313", "316", "319", "330",
    "336", "341", "352", "373", "380", "800", "803", "821", "850", "855", "873", "886", "916",
    "926", "936"
  };

  /** Mutable while planning; frozen into {@link Enrolment} at the end. */
  private static final class Draft {
    final int id;
    final Pupil pupil;
    final School school;
    final LocalDate admission;
    LocalDate leaving;
    EnrolmentRole role = EnrolmentRole.SINGLE;
    DualArrangement dual;

    Draft(int id, Pupil pupil, School school, LocalDate admission) {
      this.id = id;
      this.pupil = pupil;
      this.school = school;
      this.admission = admission;
    }
  }

  private final long seed;
  private final String laCode;
  private final LocalDate asOf;
  private final PupilFactory pupils;
  private final UpnAllocator upns = new UpnAllocator();
  private final List<Pupil> allPupils = new ArrayList<>();
  private final List<Draft> allDrafts = new ArrayList<>();
  private final SortedMap<String, List<Draft>> open = new TreeMap<>();
  private LocalDate windowStart;
  private LocalDate windowEnd;

  public PopulationPlanner(long seed, String laCode, LocalDate asOf) {
    this.seed = seed;
    this.laCode = laCode;
    this.asOf = asOf;
    this.pupils = new PupilFactory(seed);
  }

  public Population plan(List<School> schools, List<YearCalendar> years) {
    windowStart = years.get(0).term(TermName.AUTUMN).start();
    windowEnd = asOf;
    schools.forEach(s -> open.put(s.urn(), new ArrayList<>()));
    List<Pupil> year6Leavers = new ArrayList<>();
    for (int y = 0; y < years.size(); y++) {
      YearCalendar cal = years.get(y);
      SplittableRandom rng = Seeds.stream(seed, Seeds.tag("population"), cal.year().startYear());
      LocalDate firstDay = cal.term(TermName.AUTUMN).start();
      if (firstDay.isAfter(asOf)) {
        break;
      }
      if (y == 0) {
        initialRoll(schools, cal.year(), firstDay, rng);
      } else {
        intakes(schools, cal.year(), firstDay, year6Leavers, rng);
      }
      midYearMoves(schools, cal, rng);
      dualRegistrations(schools, cal, rng);
      year6Leavers = endOfYear(schools, cal, rng);
    }
    SortedMap<String, List<Enrolment>> byUrn = new TreeMap<>();
    for (School s : schools) {
      byUrn.put(s.urn(), new ArrayList<>());
    }
    for (Draft d : allDrafts) {
      if (d.admission.isAfter(asOf)) {
        continue;
      }
      LocalDate leaving = d.leaving != null && d.leaving.isAfter(asOf) ? null : d.leaving;
      byUrn
          .get(d.school.urn())
          .add(new Enrolment(d.id, d.pupil, d.school, d.admission, leaving, d.role, d.dual));
    }
    byUrn
        .values()
        .forEach(list -> list.sort(Comparator.comparing((Enrolment e) -> e.pupil().upn())));
    return new Population(List.copyOf(allPupils), byUrn);
  }

  private int cohortSize(School s, SplittableRandom rng) {
    double mean = (double) s.targetRoll() / s.phase().yearGroups();
    return Math.max(1, (int) Math.round(mean * (0.9 + 0.2 * rng.nextDouble())));
  }

  private void initialRoll(
      List<School> schools, AcademicYear year, LocalDate firstDay, SplittableRandom rng) {
    List<School> primaries = schools.stream().filter(s -> s.phase() == Phase.PRIMARY).toList();
    for (School s : schools) {
      for (int nc = s.phase().lowestYear(); nc <= s.phase().highestYear(); nc++) {
        int n = cohortSize(s, rng);
        int receptionYear = year.startYear() - nc;
        for (int i = 0; i < n; i++) {
          String upn;
          if (s.phase() == Phase.PRIMARY && Draw.chance(rng, 0.85)) {
            upn = upns.issue(laCode, s.estab(), receptionYear);
          } else if (!primaries.isEmpty() && Draw.chance(rng, 0.6)) {
            upn = upns.issue(laCode, Draw.pick(rng, primaries).estab(), receptionYear);
          } else {
            upn = null;
          }
          if (upn == null) {
            upn = outsideUpn(rng, receptionYear);
          }
          Pupil p = newPupil(upn, receptionYear, s);
          LocalDate admission = pastAdmission(s, nc, year, firstDay, rng);
          enrol(p, s, admission);
        }
      }
    }
  }

  /** Admission date before the window: start of the entry year, sometimes a later date. */
  private static LocalDate pastAdmission(
      School s, int nc, AcademicYear year, LocalDate firstDay, SplittableRandom rng) {
    int yearsOnRoll = nc - s.phase().lowestYear();
    if (s.phase() == Phase.SPECIAL || s.phase() == Phase.PRU) {
      yearsOnRoll = Math.min(yearsOnRoll, rng.nextInt(4));
    }
    if (yearsOnRoll == 0) {
      return firstDay;
    }
    LocalDate entry = LocalDate.of(year.startYear() - yearsOnRoll, 9, 2);
    while (entry.getDayOfWeek().getValue() >= 6) {
      entry = entry.plusDays(1);
    }
    if (Draw.chance(rng, 0.12)) {
      entry = entry.plusDays(20 + rng.nextInt(300));
      while (entry.getDayOfWeek().getValue() >= 6) {
        entry = entry.plusDays(1);
      }
    }
    return entry.isBefore(firstDay) ? entry : firstDay;
  }

  private void intakes(
      List<School> schools,
      AcademicYear year,
      LocalDate firstDay,
      List<Pupil> year6Leavers,
      SplittableRandom rng) {
    List<School> secondaries = schools.stream().filter(s -> s.phase() == Phase.SECONDARY).toList();
    int[] capacity = new int[secondaries.size()];
    for (int i = 0; i < capacity.length; i++) {
      capacity[i] = cohortSize(secondaries.get(i), rng);
    }
    if (!secondaries.isEmpty()) {
      for (Pupil p : year6Leavers) {
        if (!Draw.chance(rng, TO_LA_SECONDARY)) {
          continue;
        }
        double[] weights = new double[capacity.length];
        for (int i = 0; i < capacity.length; i++) {
          weights[i] = Math.max(0, capacity[i]);
        }
        int pick = Draw.weighted(rng, weights);
        if (capacity[pick] <= 0) {
          continue;
        }
        capacity[pick]--;
        enrol(p, secondaries.get(pick), firstDay);
      }
    }
    for (School s : schools) {
      int receptionYear;
      int n;
      switch (s.phase()) {
        case PRIMARY -> {
          receptionYear = year.startYear();
          n = cohortSize(s, rng);
        }
        case SECONDARY -> {
          receptionYear = year.startYear() - 7;
          n = capacity[secondaries.indexOf(s)];
        }
        default -> {
          // Special schools and PRUs refill to their size at random year groups.
          receptionYear = Integer.MIN_VALUE;
          n = Math.max(0, s.targetRoll() - open.get(s.urn()).size());
        }
      }
      for (int i = 0; i < n; i++) {
        int ry =
            receptionYear != Integer.MIN_VALUE
                ? receptionYear
                : year.startYear()
                    - Draw.between(rng, s.phase().lowestYear(), s.phase().highestYear());
        String upn =
            s.phase() == Phase.PRIMARY ? upns.issue(laCode, s.estab(), year.startYear()) : null;
        if (upn == null) {
          upn = outsideUpn(rng, ry);
        }
        enrol(newPupil(upn, ry, s), s, firstDay);
      }
    }
  }

  private void midYearMoves(List<School> schools, YearCalendar cal, SplittableRandom rng) {
    Term autumn = cal.term(TermName.AUTUMN);
    Term summer = cal.term(TermName.SUMMER);
    List<LocalDate> days =
        cal.termWeekdays(autumn.start().plusDays(21), summer.end().minusDays(21));
    for (School s : schools) {
      List<Draft> current = new ArrayList<>(open.get(s.urn()));
      int leftLa = 0;
      for (Draft d : current) {
        if (d.role == EnrolmentRole.SUBSIDIARY || !Draw.chance(rng, MID_YEAR_LEAVE_CHANCE)) {
          continue;
        }
        LocalDate leave = Draw.pick(rng, days);
        if (!leave.isAfter(d.admission)) {
          continue;
        }
        d.leaving = leave;
        open.get(s.urn()).remove(d);
        List<School> samePhase =
            schools.stream().filter(o -> o.phase() == s.phase() && o != s).toList();
        if (!samePhase.isEmpty() && Draw.chance(rng, TRANSFER_WITHIN_LA)) {
          LocalDate join = nextTermWeekday(cal, leave.plusDays(3 + rng.nextInt(12)));
          if (join != null) {
            enrol(d.pupil, Draw.pick(rng, samePhase), join);
            continue;
          }
        }
        leftLa++;
      }
      for (int i = 0; i < leftLa; i++) {
        LocalDate join = Draw.pick(rng, days);
        int ry =
            cal.year().startYear()
                - Draw.between(rng, s.phase().lowestYear(), s.phase().highestYear());
        enrol(newPupil(outsideUpn(rng, ry), ry, s), s, join);
      }
    }
  }

  private static LocalDate nextTermWeekday(YearCalendar cal, LocalDate from) {
    for (LocalDate d = from; d.isBefore(from.plusDays(60)); d = d.plusDays(1)) {
      if (cal.isTermWeekday(d)) {
        return d;
      }
    }
    return null;
  }

  private void dualRegistrations(List<School> schools, YearCalendar cal, SplittableRandom rng) {
    List<School> hosts = schools.stream().filter(s -> s.phase() == Phase.PRU).toList();
    if (hosts.isEmpty()) {
      hosts = schools.stream().filter(s -> s.phase() == Phase.SPECIAL).toList();
    }
    if (hosts.isEmpty()) {
      return;
    }
    Term autumn = cal.term(TermName.AUTUMN);
    Term spring = cal.term(TermName.SPRING);
    Term summer = cal.term(TermName.SUMMER);
    List<LocalDate> starts = cal.termWeekdays(autumn.start().plusDays(28), spring.end());
    for (School s : schools) {
      if (s.phase() != Phase.SECONDARY) {
        continue;
      }
      for (Draft d : new ArrayList<>(open.get(s.urn()))) {
        int nc = d.pupil.ncYear(cal.year().startYear());
        if (d.dual != null || nc < 8 || nc > 11) {
          continue;
        }
        double p = d.pupil.propensity() > 0.12 ? 0.06 : 0.002;
        if (!Draw.chance(rng, p)) {
          continue;
        }
        LocalDate from = Draw.pick(rng, starts);
        if (from.isBefore(d.admission)) {
          continue;
        }
        LocalDate to = from.plusWeeks(6 + rng.nextInt(9));
        if (to.isAfter(summer.end())) {
          to = summer.end();
        }
        if (d.leaving != null && d.leaving.isBefore(to)) {
          continue;
        }
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        while (days.size() < 2) {
          days.add(DayOfWeek.of(1 + rng.nextInt(5)));
        }
        DualArrangement arrangement = new DualArrangement(from, to, days);
        d.role = EnrolmentRole.MAIN;
        d.dual = arrangement;
        Draft sub = new Draft(allDrafts.size() + 1, d.pupil, Draw.pick(rng, hosts), from);
        sub.leaving = to;
        sub.role = EnrolmentRole.SUBSIDIARY;
        sub.dual = arrangement;
        allDrafts.add(sub);
      }
    }
  }

  /** Closes the rolls of pupils in each school's top year; returns LA year 6 leavers. */
  private List<Pupil> endOfYear(List<School> schools, YearCalendar cal, SplittableRandom rng) {
    LocalDate last = cal.term(TermName.SUMMER).end();
    List<Pupil> leavers = new ArrayList<>();
    for (School s : schools) {
      List<Draft> current = open.get(s.urn());
      for (Draft d : new ArrayList<>(current)) {
        int nc = d.pupil.ncYear(cal.year().startYear());
        boolean topYear = nc >= s.phase().highestYear();
        boolean movesAway = !topYear && Draw.chance(rng, 0.02);
        if (topYear || movesAway) {
          d.leaving = last;
          current.remove(d);
          if (topYear && s.phase() == Phase.PRIMARY) {
            leavers.add(d.pupil);
          }
        }
      }
    }
    return leavers;
  }

  private Pupil newPupil(String upn, int receptionYear, School school) {
    Pupil p =
        pupils.create(allPupils.size() + 1, upn, receptionYear, school, windowStart, windowEnd);
    allPupils.add(p);
    return p;
  }

  private void enrol(Pupil p, School s, LocalDate admission) {
    Draft d = new Draft(allDrafts.size() + 1, p, s, admission);
    allDrafts.add(d);
    open.get(s.urn()).add(d);
  }

  private String outsideUpn(SplittableRandom rng, int year) {
    for (int attempt = 0; ; attempt++) {
      String la = Draw.pick(rng, OTHER_LA_CODES);
      if (la.equals(laCode)) {
        continue;
      }
      String estab = String.valueOf(2001 + rng.nextInt(998));
      String upn = upns.issue(la, estab, year);
      if (upn != null) {
        return upn;
      }
    }
  }

  Map<String, List<Draft>> openRolls() {
    return open;
  }
}
