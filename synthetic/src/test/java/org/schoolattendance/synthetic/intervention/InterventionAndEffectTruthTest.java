package org.schoolattendance.synthetic.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolattendance.synthetic.EffectSizes;
import org.schoolattendance.synthetic.GeneratedLaAccess;
import org.schoolattendance.synthetic.GeneratorOptions;
import org.schoolattendance.synthetic.SyntheticLaGenerator;
import org.schoolattendance.synthetic.upn.UpnCheckLetter;

class InterventionAndEffectTruthTest {

  private static final Set<String> TYPES =
      Set.of(
          "home_visit",
          "in_school_meeting",
          "phone_call",
          "video_call",
          "letter_1",
          "letter_2",
          "letter_3",
          "attendance_contract",
          "notice_to_improve",
          "fixed_penalty_notice",
          "referral");
  private static final Set<String> ROLES =
      Set.of(
          "attendance_officer",
          "family_support_worker",
          "teacher",
          "pastoral_lead",
          "education_welfare_officer");
  private static final Set<String> REASONS =
      Set.of("lateness", "low_attendance_no_contact", "lack_of_engagement", "welfare_concern");

  @Test
  void interventionLogsHaveOneFilePerYearAndValidValues() throws Exception {
    List<Path> logs = GeneratedLaAccess.files("interventions", ".csv");
    assertThat(logs)
        .extracting(p -> p.getFileName().toString())
        .containsExactly("interventions-2024-07-19.csv", "interventions-2025-07-18.csv");
    int multiLineNotes = 0;
    int homeVisits = 0;
    for (Path p : logs) {
      List<CSVRecord> rows = read(p);
      assertThat(rows).isNotEmpty();
      for (CSVRecord r : rows) {
        assertThat(UpnCheckLetter.isValid(r.get("upn"))).isTrue();
        assertThat(r.get("type")).isIn(TYPES);
        assertThat(r.get("reason")).isIn(REASONS);
        assertThat(r.get("risk_assessed")).isIn("y", "n");
        if (!r.get("visitor_role").isEmpty()) {
          assertThat(r.get("visitor_role")).isIn(ROLES);
        }
        Integer.parseInt(r.get("staff_present"));
        multiLineNotes += r.get("notes").contains("\n") ? 1 : 0;
        homeVisits += r.get("type").equals("home_visit") ? 1 : 0;
      }
    }
    assertThat(homeVisits).isPositive();
    assertThat(multiLineNotes).isPositive();
  }

  @Test
  void plantedEffectIsZeroBeforeContactAndPositiveAfter() throws Exception {
    List<CSVRecord> rows = read(GeneratedLaAccess.dir().resolve("truth/effect-summary.csv"));
    long prePossible = 0;
    long preDiff = 0;
    long postPossible = 0;
    long postDiff = 0;
    for (CSVRecord r : rows) {
      int rel = Integer.parseInt(r.get("relative_month"));
      long possible = Long.parseLong(r.get("possible_sessions"));
      long diff =
          Long.parseLong(r.get("actual_attended"))
              - Long.parseLong(r.get("counterfactual_attended"));
      if (rel < 0) {
        prePossible += possible;
        preDiff += diff;
      } else if (rel >= 1 && rel <= 9) {
        postPossible += possible;
        postDiff += diff;
      }
    }
    assertThat(prePossible).isPositive();
    assertThat(preDiff).isZero();
    // Planted 4 points rising to 8 (primary) / 16 (secondary), limited by room to improve.
    assertThat(100.0 * postDiff / postPossible).isBetween(2.0, 14.0);
  }

  @Test
  void noEffectPlantsZeroEffectEverywhere(@TempDir Path dir) throws Exception {
    new SyntheticLaGenerator(null)
        .generate(GeneratorOptions.of(dir, 3, 400, 1).withSeed(3).withNoEffect(true));
    List<CSVRecord> rows = read(dir.resolve("truth/effect.csv"));
    assertThat(rows).isNotEmpty();
    for (CSVRecord r : rows) {
      assertThat(r.get("actual_attended")).isEqualTo(r.get("counterfactual_attended"));
      assertThat(Double.parseDouble(r.get("planted_points"))).isZero();
    }
  }

  @Test
  void overriddenEffectSizesArePlantedExactlyOnceFullyGrown(@TempDir Path dir) throws Exception {
    new SyntheticLaGenerator(null)
        .generate(
            GeneratorOptions.of(dir, 3, 400, 2)
                .withSeed(3)
                .withEffects(new EffectSizes(2, 20, 30, 0)));
    int grown = 0;
    for (CSVRecord r : read(dir.resolve("truth/effect.csv"))) {
      int relativeMonth = Integer.parseInt(r.get("relative_month"));
      double planted = Double.parseDouble(r.get("planted_points"));
      if (relativeMonth < 0) {
        assertThat(planted).isZero();
      } else if (relativeMonth >= 10) {
        // the 15th of month t0+10 is at least 9 months after any contact in month t0
        assertThat(planted).isEqualTo(r.get("age_group").equals("primary") ? 20.0 : 30.0);
        grown++;
      } else if (relativeMonth == 1) {
        // 0.5 to 1.5 months after the contact: 2 points, growing by (20 or 30 - 2) / 8 a month
        assertThat(planted).isBetween(2.0, 2.0 + 28.0 * 0.5 / 8);
      }
    }
    assertThat(grown).isPositive();
  }

  private static List<CSVRecord> read(Path p) throws Exception {
    try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT.builder().setHeader().get().parse(r).getRecords();
    }
  }
}
