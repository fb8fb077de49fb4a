package org.schoolattendance.synthetic.register;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.schoolattendance.synthetic.calendar.SchoolTimeline;
import org.schoolattendance.synthetic.random.Seeds;
import org.schoolattendance.synthetic.school.School;

/**
 * When a school exports its registers: at about 17:30 on the last register day of each half-term,
 * covering the half-term plus the five register days before it (so consecutive exports overlap),
 * and now and then a correction export a few days later re-sending the last two weeks.
 */
public final class ExportSchedule {

  static final int OVERLAP_DAYS = 5;
  static final int CORRECTION_DAYS = 10;
  static final double CORRECTION_CHANCE = 0.25;

  private ExportSchedule() {}

  public static List<RegisterExport> plan(
      long seed, School school, SchoolTimeline timeline, LocalDate asOf) {
    List<RegisterExport> exports = new ArrayList<>();
    LocalTime regular = LocalTime.of(17, 30).plusMinutes(school.urnNumber() % 10);
    for (SchoolTimeline.HalfTerm ht : timeline.halfTerms()) {
      int first = Math.max(0, ht.firstDay() - OVERLAP_DAYS);
      LocalDate day = timeline.date(ht.lastDay());
      exports.add(
          new RegisterExport(
              school.urn(), LocalDateTime.of(day, regular), first, ht.lastDay(), false));
      SplittableRandom rng =
          Seeds.stream(seed, Seeds.tag("exports"), school.urnNumber(), ht.firstDay());
      LocalDate correctionDay = day.plusDays(2 + rng.nextInt(4));
      if (rng.nextDouble() < CORRECTION_CHANCE && !correctionDay.isAfter(asOf)) {
        LocalTime at = LocalTime.of(9 + rng.nextInt(7), rng.nextInt(60), rng.nextInt(60));
        exports.add(
            new RegisterExport(
                school.urn(),
                LocalDateTime.of(correctionDay, at),
                Math.max(0, ht.lastDay() - CORRECTION_DAYS + 1),
                ht.lastDay(),
                true));
      }
    }
    return exports;
  }
}
