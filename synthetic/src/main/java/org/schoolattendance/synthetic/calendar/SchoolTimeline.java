package org.schoolattendance.synthetic.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The register days of one school over the whole generated window (up to the as-of date), indexed
 * 0..n-1. Session {@code 2*i} is the AM register of day {@code i}, {@code 2*i+1} the PM one.
 */
public final class SchoolTimeline {

  /** A half-term of one academic year: the unit of register exports. */
  public record HalfTerm(AcademicYear year, TermName term, int half, int firstDay, int lastDay) {}

  private final String urn;
  private final LocalDate[] dates;
  private final boolean[] closure;
  private final int[] yearIndex;
  private final TermName[] term;
  private final int[] week;
  private int[] halfTermOfDay;
  private final long firstEpochDay;
  private final int[] indexByEpochOffset;
  private final List<HalfTerm> halfTerms = new ArrayList<>();
  private final List<AcademicYear> years;

  public SchoolTimeline(String urn, List<YearCalendar> calendars, LocalDate asOf) {
    this.urn = urn;
    this.years = calendars.stream().map(YearCalendar::year).toList();
    List<LocalDate> days = new ArrayList<>();
    List<Boolean> closed = new ArrayList<>();
    List<Integer> yi = new ArrayList<>();
    List<TermName> tn = new ArrayList<>();
    for (int y = 0; y < calendars.size(); y++) {
      YearCalendar cal = calendars.get(y);
      for (Term t : cal.terms()) {
        for (int half = 0; half < 2; half++) {
          LocalDate from = half == 0 ? t.start() : t.breakEnd().plusDays(1);
          LocalDate to = half == 0 ? t.breakStart().minusDays(1) : t.end();
          int first = days.size();
          for (LocalDate d = from; !d.isAfter(to) && !d.isAfter(asOf); d = d.plusDays(1)) {
            if (cal.isRegisterDay(urn, d)) {
              days.add(d);
              closed.add(cal.isClosure(urn, d));
              yi.add(y);
              tn.add(t.name());
            }
          }
          if (days.size() > first) {
            halfTerms.add(new HalfTerm(cal.year(), t.name(), half, first, days.size() - 1));
          }
        }
      }
    }
    int n = days.size();
    dates = days.toArray(new LocalDate[0]);
    closure = new boolean[n];
    yearIndex = new int[n];
    term = tn.toArray(new TermName[0]);
    week = new int[n];
    for (int i = 0; i < n; i++) {
      closure[i] = closed.get(i);
      yearIndex[i] = yi.get(i);
    }
    firstEpochDay = n == 0 ? 0 : dates[0].toEpochDay();
    int span = n == 0 ? 0 : (int) (dates[n - 1].toEpochDay() - firstEpochDay + 1);
    indexByEpochOffset = new int[span];
    int w = -1;
    LocalDate lastMonday = null;
    for (int i = 0, j = 0; j < span; j++) {
      long epoch = firstEpochDay + j;
      while (i < n && dates[i].toEpochDay() < epoch) {
        i++;
      }
      indexByEpochOffset[j] = i;
    }
    halfTermOfDay = new int[n];
    for (int h = 0; h < halfTerms.size(); h++) {
      for (int i = halfTerms.get(h).firstDay(); i <= halfTerms.get(h).lastDay(); i++) {
        halfTermOfDay[i] = h;
      }
    }
    for (int i = 0; i < n; i++) {
      LocalDate monday = dates[i].with(DayOfWeek.MONDAY);
      if (!monday.equals(lastMonday)) {
        w++;
        lastMonday = monday;
      }
      week[i] = w;
    }
  }

  public String urn() {
    return urn;
  }

  public int size() {
    return dates.length;
  }

  public LocalDate date(int day) {
    return dates[day];
  }

  public boolean isClosure(int day) {
    return closure[day];
  }

  public AcademicYear year(int day) {
    return years.get(yearIndex[day]);
  }

  public int yearIndex(int day) {
    return yearIndex[day];
  }

  public TermName term(int day) {
    return term[day];
  }

  /** Index of the calendar week (Monday-based) among weeks with at least one register day. */
  public int week(int day) {
    return week[day];
  }

  public int weekCount() {
    return dates.length == 0 ? 0 : week[dates.length - 1] + 1;
  }

  /** Index of the first register day on or after {@code d}; {@link #size()} if none. */
  public int firstOnOrAfter(LocalDate d) {
    long off = d.toEpochDay() - firstEpochDay;
    if (off <= 0) {
      return 0;
    }
    if (off >= indexByEpochOffset.length) {
      return dates.length;
    }
    return indexByEpochOffset[(int) off];
  }

  /** Index of the last register day on or before {@code d}; -1 if none. */
  public int lastOnOrBefore(LocalDate d) {
    int i = firstOnOrAfter(d);
    if (i < dates.length && dates[i].equals(d)) {
      return i;
    }
    return i - 1;
  }

  public HalfTerm halfTermOf(int day) {
    return halfTerms.get(halfTermOfDay[day]);
  }

  public List<HalfTerm> halfTerms() {
    return halfTerms;
  }

  public List<AcademicYear> years() {
    return years;
  }
}
