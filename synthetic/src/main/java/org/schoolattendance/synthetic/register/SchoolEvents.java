package org.schoolattendance.synthetic.register;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.schoolattendance.synthetic.calendar.SchoolTimeline;
import org.schoolattendance.synthetic.calendar.TermName;
import org.schoolattendance.synthetic.random.Seeds;
import org.schoolattendance.synthetic.school.School;

/**
 * Whole-class events of one school: one educational visit per year group per term, and a work
 * experience week for year 10 in the summer term.
 */
final class SchoolEvents {

  /** Approximate Eid dates on which observant families keep children at home. */
  private static final Set<LocalDate> FESTIVALS =
      Set.of(
          LocalDate.of(2022, 5, 3),
          LocalDate.of(2023, 4, 21),
          LocalDate.of(2023, 6, 28),
          LocalDate.of(2024, 4, 10),
          LocalDate.of(2024, 6, 17),
          LocalDate.of(2025, 3, 31),
          LocalDate.of(2025, 6, 6),
          LocalDate.of(2026, 3, 20),
          LocalDate.of(2026, 5, 27));

  private final Set<Long> tripKeys = new HashSet<>();
  private final Set<Integer> workExperienceDays = new HashSet<>();

  SchoolEvents(long seed, School school, SchoolTimeline timeline) {
    for (SchoolTimeline.HalfTerm ht : timeline.halfTerms()) {
      if (ht.half() != 1) {
        continue;
      }
      boolean tripThisTerm = ht.term().ordinal() == Math.floorMod(ht.year().startYear(), 3);
      SplittableRandom rng =
          Seeds.stream(
              seed,
              Seeds.tag("events"),
              school.urnNumber(),
              ht.year().startYear(),
              ht.term().ordinal());
      int span = ht.lastDay() - ht.firstDay() + 1;
      for (int nc = school.phase().lowestYear(); nc <= school.phase().highestYear(); nc++) {
        int day = ht.firstDay() + rng.nextInt(span);
        if (tripThisTerm && !timeline.isClosure(day)) {
          tripKeys.add(key(nc, day));
        }
      }
      if (ht.term() == TermName.SUMMER && school.phase().highestYear() >= 10 && span > 10) {
        int start = ht.firstDay() + 5 + rng.nextInt(span - 10);
        for (int d = start; d < start + 5 && d <= ht.lastDay(); d++) {
          workExperienceDays.add(d);
        }
      }
    }
  }

  private static long key(int nc, int day) {
    return ((long) nc << 32) | day;
  }

  boolean tripDay(int nc, int day) {
    return tripKeys.contains(key(nc, day));
  }

  boolean workExperience(int nc, int day) {
    return nc == 10 && workExperienceDays.contains(day);
  }

  static boolean festival(LocalDate d) {
    return FESTIVALS.contains(d);
  }
}
