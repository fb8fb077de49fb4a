package org.schoolattendance.synthetic.census;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.schoolattendance.synthetic.calendar.AcademicYear;
import org.schoolattendance.synthetic.calendar.TermName;

/**
 * One termly census: its day (autumn = 1st Thursday in October, spring = 3rd Thursday in January,
 * summer = 3rd Thursday in May) and the term whose attendance it reports, one term in arrears.
 */
public record CensusDay(AcademicYear year, TermName census, LocalDate date) {

  public static CensusDay of(AcademicYear year, TermName census) {
    LocalDate date =
        switch (census) {
          case AUTUMN ->
              LocalDate.of(year.startYear(), 10, 1)
                  .with(TemporalAdjusters.dayOfWeekInMonth(1, DayOfWeek.THURSDAY));
          case SPRING ->
              LocalDate.of(year.startYear() + 1, 1, 1)
                  .with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.THURSDAY));
          case SUMMER ->
              LocalDate.of(year.startYear() + 1, 5, 1)
                  .with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.THURSDAY));
        };
    return new CensusDay(year, census, date);
  }

  public AcademicYear reportedYear() {
    return census == TermName.AUTUMN ? year.previous() : year;
  }

  public TermName reportedTerm() {
    return switch (census) {
      case AUTUMN -> TermName.SUMMER;
      case SPRING -> TermName.AUTUMN;
      case SUMMER -> TermName.SPRING;
    };
  }

  public CensusDay previous() {
    return switch (census) {
      case AUTUMN -> of(year.previous(), TermName.SUMMER);
      case SPRING -> of(year, TermName.AUTUMN);
      case SUMMER -> of(year, TermName.SPRING);
    };
  }

  public String fileName(String urn) {
    return "census/census-" + urn + "-" + date.getYear() + "-" + census.fileCode() + ".xml";
  }
}
