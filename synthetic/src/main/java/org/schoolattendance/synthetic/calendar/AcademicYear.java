package org.schoolattendance.synthetic.calendar;

import java.time.LocalDate;
import java.util.Locale;

/** An academic year 1 September to 31 August, named by the calendar year it starts in. */
public record AcademicYear(int startYear) implements Comparable<AcademicYear> {

  public static AcademicYear containing(LocalDate date) {
    return new AcademicYear(date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1);
  }

  /** {@code 2024/25}. */
  public String label() {
    return startYear + "/" + String.format(Locale.ROOT, "%02d", (startYear + 1) % 100);
  }

  /** {@code 2024-25}, used in file names. */
  public String fileLabel() {
    return startYear + "-" + String.format(Locale.ROOT, "%02d", (startYear + 1) % 100);
  }

  public LocalDate firstDay() {
    return LocalDate.of(startYear, 9, 1);
  }

  public LocalDate lastDay() {
    return LocalDate.of(startYear + 1, 8, 31);
  }

  public AcademicYear next() {
    return new AcademicYear(startYear + 1);
  }

  public AcademicYear previous() {
    return new AcademicYear(startYear - 1);
  }

  @Override
  public int compareTo(AcademicYear o) {
    return Integer.compare(startYear, o.startYear);
  }
}
