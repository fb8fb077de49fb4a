package org.schoolattendance.synthetic.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.schoolattendance.synthetic.random.Draw;
import org.schoolattendance.synthetic.random.Seeds;
import org.schoolattendance.synthetic.school.Phase;
import org.schoolattendance.synthetic.school.School;

/** Builds each year's calendar, choosing every school's five INSET days and any closures. */
public final class CalendarPlanner {

  private final long seed;

  public CalendarPlanner(long seed) {
    this.seed = seed;
  }

  public YearCalendar plan(AcademicYear year, List<School> schools) {
    YearCalendar cal = new YearCalendar(year);
    for (School s : schools) {
      SplittableRandom rng =
          Seeds.stream(seed, Seeds.tag("calendar"), year.startYear(), s.urnNumber());
      for (LocalDate d : insetDays(cal, rng)) {
        cal.addInset(s.urn(), d);
      }
      addClosures(cal, s, rng);
    }
    return cal;
  }

  private static List<LocalDate> insetDays(YearCalendar cal, SplittableRandom rng) {
    Term autumn = cal.term(TermName.AUTUMN);
    Term spring = cal.term(TermName.SPRING);
    Term summer = cal.term(TermName.SUMMER);
    List<LocalDate> autumnDays = cal.termWeekdays(autumn.start(), autumn.end());
    List<LocalDate> springDays = cal.termWeekdays(spring.start(), spring.end());
    List<LocalDate> summerDays = cal.termWeekdays(summer.start(), summer.end());
    Set<LocalDate> chosen = new LinkedHashSet<>();
    chosen.add(autumnDays.get(0));
    if (Draw.chance(rng, 0.7)) {
      chosen.add(autumnDays.get(1));
    }
    chosen.add(springDays.get(0));
    if (Draw.chance(rng, 0.6)) {
      chosen.add(summerDays.get(0));
    }
    List<LocalDate> candidates = new ArrayList<>();
    candidates.add(lastBefore(autumnDays, autumn.breakStart()));
    candidates.add(firstAfter(autumnDays, autumn.breakEnd()));
    candidates.add(lastBefore(springDays, spring.breakStart()));
    candidates.add(lastBefore(summerDays, summer.breakStart()));
    candidates.add(summerDays.get(summerDays.size() - 1));
    candidates.add(autumnDays.get(autumnDays.size() - 1));
    while (chosen.size() < 5) {
      chosen.add(Draw.pick(rng, candidates));
    }
    return new ArrayList<>(chosen);
  }

  private static LocalDate lastBefore(List<LocalDate> days, LocalDate limit) {
    LocalDate last = days.get(0);
    for (LocalDate d : days) {
      if (d.isBefore(limit)) {
        last = d;
      }
    }
    return last;
  }

  private static LocalDate firstAfter(List<LocalDate> days, LocalDate limit) {
    for (LocalDate d : days) {
      if (d.isAfter(limit)) {
        return d;
      }
    }
    return days.get(days.size() - 1);
  }

  private static void addClosures(YearCalendar cal, School s, SplittableRandom rng) {
    if (Draw.chance(rng, 0.12)) {
      Term spring = cal.term(TermName.SPRING);
      List<LocalDate> days =
          cal.termWeekdays(spring.start(), spring.breakStart().minusDays(1)).stream()
              .filter(d -> !cal.isInset(s.urn(), d))
              .toList();
      if (!days.isEmpty()) {
        String why =
            Draw.chance(rng, 0.6)
                ? "Emergency closure (snow)"
                : "Emergency closure (heating failure)";
        cal.addClosure(s.urn(), Draw.pick(rng, days), why);
      }
    }
    if (s.phase() == Phase.PRIMARY && Draw.chance(rng, 0.1)) {
      LocalDate polling =
          LocalDate.of(cal.year().startYear() + 1, 5, 1)
              .with(TemporalAdjusters.firstInMonth(DayOfWeek.THURSDAY));
      if (cal.isRegisterDay(s.urn(), polling)) {
        cal.addClosure(s.urn(), polling, "Planned closure (polling station)");
      }
    }
  }
}
