package org.schoolattendance.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.schoolattendance.synthetic.register.AttendanceCodes;
import org.schoolattendance.synthetic.register.AttendanceCodes.Category;

/**
 * Absence figures computed only from the written files (latest register marks; FSM from the spring
 * census), for the 2024/25 year of the shared small LA. Tolerances are wide because the LA is small
 * (about 1,000 enrolments); the targets are England 2023/24 levels.
 */
class CalibrationTest {

  private static final Pattern PUPIL =
      Pattern.compile("<UPN>(\\w+)</UPN>(.*?)</PupilCharacteristics>", Pattern.DOTALL);

  @Test
  void overallPersistentSevereAndFsmGapAreNearNationalLevels() throws Exception {
    Map<String, int[]> enrolments = new HashMap<>();
    for (Map.Entry<String, String[]> e : GeneratedLa.latestMarks().entrySet()) {
      String[] k = e.getKey().split("\\|");
      LocalDate date = LocalDate.parse(k[2]);
      if (date.isBefore(LocalDate.of(2024, 9, 1))) {
        continue;
      }
      Category c = AttendanceCodes.categorise(e.getValue()[1], date);
      if (c == null || !c.possible()) {
        continue;
      }
      int[] t = enrolments.computeIfAbsent(k[0] + "|" + k[1], x -> new int[2]);
      t[0]++;
      if (c.absence()) {
        t[1]++;
      }
    }
    Set<String> fsm = fsmOnSpringCensus();
    Rates all = Rates.of(enrolments, key -> true);
    Rates withFsm = Rates.of(enrolments, key -> fsm.contains(key.split("\\|")[1]));
    Rates without = Rates.of(enrolments, key -> !fsm.contains(key.split("\\|")[1]));

    assertThat(all.enrolments).isGreaterThan(800);
    assertThat(all.overall).isBetween(5.5, 9.0);
    assertThat(all.persistent).isBetween(14.0, 28.0);
    assertThat(all.severe).isBetween(0.5, 4.5);
    assertThat(withFsm.overall / without.overall).isBetween(1.5, 2.6);
    assertThat(withFsm.persistent).isGreaterThan(without.persistent + 10);
  }

  record Rates(int enrolments, double overall, double persistent, double severe) {
    static Rates of(Map<String, int[]> enrolments, java.util.function.Predicate<String> keep) {
      long possible = 0;
      long absent = 0;
      int n = 0;
      int pa = 0;
      int severe = 0;
      for (Map.Entry<String, int[]> e : enrolments.entrySet()) {
        int[] t = e.getValue();
        if (!keep.test(e.getKey()) || t[0] == 0) {
          continue;
        }
        n++;
        possible += t[0];
        absent += t[1];
        pa += 10L * t[1] >= t[0] ? 1 : 0;
        severe += 2L * t[1] >= t[0] ? 1 : 0;
      }
      return new Rates(n, 100.0 * absent / possible, 100.0 * pa / n, 100.0 * severe / n);
    }
  }

  private static Set<String> fsmOnSpringCensus() throws Exception {
    Set<String> fsm = new HashSet<>();
    for (Path p : GeneratedLa.files("census", "-2025-spr.xml")) {
      Matcher m = PUPIL.matcher(java.nio.file.Files.readString(p));
      while (m.find()) {
        String block = m.group(2);
        int open = 0;
        Matcher h =
            Pattern.compile("<FSMhistory>(.*?)</FSMhistory>", Pattern.DOTALL).matcher(block);
        while (h.find()) {
          open += h.group(1).contains("FSMendDate") ? 0 : 1;
        }
        if (open > 0) {
          fsm.add(m.group(1));
        }
      }
    }
    return fsm;
  }
}
