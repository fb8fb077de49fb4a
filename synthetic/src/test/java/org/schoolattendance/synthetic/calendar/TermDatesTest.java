package org.schoolattendance.synthetic.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schoolattendance.synthetic.school.SchoolFactory;

class TermDatesTest {

  private static final AcademicYear Y2024 = new AcademicYear(2024);

  @Test
  void easterSundayMatchesKnownDates() {
    assertThat(Easter.sunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(Easter.sunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
    assertThat(Easter.sunday(2023)).isEqualTo(LocalDate.of(2023, 4, 9));
  }

  @Test
  void termsOf2024To25FollowTheEnglishPattern() {
    List<Term> t = TermDates.of(Y2024);
    assertThat(t.get(0).start()).isEqualTo(LocalDate.of(2024, 9, 2));
    assertThat(t.get(0).end()).isEqualTo(LocalDate.of(2024, 12, 20));
    assertThat(t.get(0).breakStart()).isEqualTo(LocalDate.of(2024, 10, 28));
    assertThat(t.get(1).start()).isEqualTo(LocalDate.of(2025, 1, 6));
    assertThat(t.get(1).end()).isEqualTo(LocalDate.of(2025, 4, 11));
    assertThat(t.get(2).start()).isEqualTo(LocalDate.of(2025, 4, 28));
    assertThat(t.get(2).end()).isEqualTo(LocalDate.of(2025, 7, 18));
    // The spring bank holiday falls in the summer half-term.
    assertThat(t.get(2).breakStart()).isEqualTo(LocalDate.of(2025, 5, 26));
  }

  @Test
  void year2024To25Has194TermWeekdaysAnd189SchoolDaysAfterFiveInsetDays() {
    // Autumn 80-5 = 75, spring 70-5 = 65, summer 60-5-1 (early May) = 54.
    YearCalendar cal =
        new CalendarPlanner(7).plan(Y2024, new SchoolFactory(7, "307").create(3, 300));
    assertThat(cal.termWeekdays(Y2024.firstDay(), Y2024.lastDay())).hasSize(194);
    String urn = "100001";
    long schoolDays =
        cal.termWeekdays(Y2024.firstDay(), Y2024.lastDay()).stream()
            .filter(d -> cal.isRegisterDay(urn, d))
            .count();
    assertThat(cal.insetDays(urn)).hasSize(5);
    assertThat(schoolDays).isEqualTo(189);
  }

  @Test
  void easterWeekendAndMayBankHolidaysAreNotTermWeekdays() {
    YearCalendar cal = new CalendarPlanner(7).plan(Y2024, List.of());
    assertThat(cal.isTermWeekday(LocalDate.of(2025, 4, 18))).isFalse();
    assertThat(cal.isTermWeekday(LocalDate.of(2025, 4, 21))).isFalse();
    assertThat(cal.isTermWeekday(LocalDate.of(2025, 5, 5))).isFalse();
    assertThat(cal.isTermWeekday(LocalDate.of(2025, 5, 6))).isTrue();
  }

  @Test
  void queensFuneralIn2022IsABankHolidayInTerm() {
    YearCalendar cal = new CalendarPlanner(7).plan(new AcademicYear(2022), List.of());
    assertThat(cal.isTermWeekday(LocalDate.of(2022, 9, 19))).isFalse();
    assertThat(cal.isTermWeekday(LocalDate.of(2022, 9, 20))).isTrue();
  }
}
