package org.schoolattendance.synthetic.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** England and Wales bank holidays, including substitute days and the one-off ones since 2022. */
public final class BankHolidays {

  public record Holiday(LocalDate date, String name) {}

  private BankHolidays() {}

  /** Holidays falling between 1 September and 31 August of {@code year}, in date order. */
  public static List<Holiday> in(AcademicYear year) {
    List<Holiday> all = new ArrayList<>();
    all.addAll(forCalendarYear(year.startYear()));
    all.addAll(forCalendarYear(year.startYear() + 1));
    return all.stream()
        .filter(h -> !h.date().isBefore(year.firstDay()) && !h.date().isAfter(year.lastDay()))
        .sorted(Comparator.comparing(Holiday::date))
        .toList();
  }

  static List<Holiday> forCalendarYear(int y) {
    List<Holiday> list = new ArrayList<>();
    list.add(new Holiday(weekdayOnOrAfter(LocalDate.of(y, 1, 1)), "New Year's Day"));
    LocalDate easter = Easter.sunday(y);
    list.add(new Holiday(easter.minusDays(2), "Good Friday"));
    list.add(new Holiday(easter.plusDays(1), "Easter Monday"));
    LocalDate earlyMay =
        LocalDate.of(y, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    if (y == 2020) {
      earlyMay = LocalDate.of(2020, 5, 8);
    }
    list.add(new Holiday(earlyMay, "Early May bank holiday"));
    LocalDate spring = LocalDate.of(y, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    if (y == 2022) {
      spring = LocalDate.of(2022, 6, 2);
      list.add(new Holiday(LocalDate.of(2022, 6, 3), "Platinum Jubilee bank holiday"));
    }
    list.add(new Holiday(spring, "Spring bank holiday"));
    if (y == 2022) {
      list.add(
          new Holiday(
              LocalDate.of(2022, 9, 19),
              "Bank holiday for the State Funeral of Queen Elizabeth II"));
    }
    if (y == 2023) {
      list.add(
          new Holiday(
              LocalDate.of(2023, 5, 8), "Bank holiday for the coronation of King Charles III"));
    }
    list.add(
        new Holiday(
            LocalDate.of(y, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
            "Summer bank holiday"));
    LocalDate christmas = LocalDate.of(y, Month.DECEMBER, 25);
    LocalDate boxing = christmas.plusDays(1);
    switch (christmas.getDayOfWeek()) {
      case SATURDAY -> {
        christmas = christmas.plusDays(2);
        boxing = boxing.plusDays(2);
      }
      case SUNDAY -> christmas = christmas.plusDays(2);
      case FRIDAY -> boxing = boxing.plusDays(2);
      default -> {}
    }
    list.add(new Holiday(christmas, "Christmas Day"));
    list.add(new Holiday(boxing, "Boxing Day"));
    return list;
  }

  private static LocalDate weekdayOnOrAfter(LocalDate d) {
    while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
      d = d.plusDays(1);
    }
    return d;
  }
}
