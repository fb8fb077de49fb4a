package org.schoolattendance.synthetic.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One academic year's calendar for the whole LA: term dates and bank holidays shared by all
 * schools, plus each school's INSET days and closures.
 */
public final class YearCalendar {

  private final AcademicYear year;
  private final List<Term> terms;
  private final List<BankHolidays.Holiday> holidays;
  private final Set<LocalDate> holidayDates = new TreeSet<>();
  private final SortedMap<String, SortedMap<LocalDate, String>> insetByUrn = new TreeMap<>();
  private final SortedMap<String, SortedMap<LocalDate, String>> closuresByUrn = new TreeMap<>();

  YearCalendar(AcademicYear year) {
    this.year = year;
    this.terms = TermDates.of(year);
    this.holidays = BankHolidays.in(year);
    holidays.forEach(h -> holidayDates.add(h.date()));
  }

  public AcademicYear year() {
    return year;
  }

  public List<Term> terms() {
    return terms;
  }

  public Term term(TermName name) {
    return terms.get(name.ordinal());
  }

  void addInset(String urn, LocalDate date) {
    insetByUrn.computeIfAbsent(urn, u -> new TreeMap<>()).put(date, "INSET");
  }

  void addClosure(String urn, LocalDate date, String name) {
    closuresByUrn.computeIfAbsent(urn, u -> new TreeMap<>()).put(date, name);
  }

  /** Weekday in a term, outside its half-term break, not a bank holiday (ignores INSET). */
  public boolean isTermWeekday(LocalDate d) {
    DayOfWeek dow = d.getDayOfWeek();
    if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY || holidayDates.contains(d)) {
      return false;
    }
    for (Term t : terms) {
      if (t.contains(d)) {
        return !t.inHalfTermBreak(d);
      }
    }
    return false;
  }

  public boolean isInset(String urn, LocalDate d) {
    Map<LocalDate, String> inset = insetByUrn.get(urn);
    return inset != null && inset.containsKey(d);
  }

  public boolean isClosure(String urn, LocalDate d) {
    Map<LocalDate, String> c = closuresByUrn.get(urn);
    return c != null && c.containsKey(d);
  }

  /** A day with a register for this school: a school day, or a closure day (marked {@code #}). */
  public boolean isRegisterDay(String urn, LocalDate d) {
    return isTermWeekday(d) && !isInset(urn, d);
  }

  public Set<LocalDate> insetDays(String urn) {
    return insetByUrn.getOrDefault(urn, new TreeMap<>()).keySet();
  }

  /** Term weekdays from {@code from} to {@code to}, inclusive. */
  public List<LocalDate> termWeekdays(LocalDate from, LocalDate to) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (isTermWeekday(d)) {
        days.add(d);
      }
    }
    return days;
  }

  /** All rows of this year's calendar file, in file order. */
  public List<CalendarEvent> events() {
    List<CalendarEvent> rows = new ArrayList<>();
    for (Term t : terms) {
      rows.add(new CalendarEvent(year, "term", t.name().label(), t.start(), t.end(), null));
    }
    for (Term t : terms) {
      rows.add(
          new CalendarEvent(
              year, "half_term", t.name().label(), t.breakStart(), t.breakEnd(), null));
    }
    for (BankHolidays.Holiday h : holidays) {
      rows.add(new CalendarEvent(year, "bank_holiday", h.name(), h.date(), h.date(), null));
    }
    insetByUrn.forEach(
        (urn, days) ->
            days.forEach((d, name) -> rows.add(new CalendarEvent(year, "inset", name, d, d, urn))));
    closuresByUrn.forEach(
        (urn, days) ->
            days.forEach(
                (d, name) -> rows.add(new CalendarEvent(year, "closure", name, d, d, urn))));
    return rows;
  }
}
