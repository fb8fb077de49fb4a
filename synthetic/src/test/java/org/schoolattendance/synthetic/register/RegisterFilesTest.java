package org.schoolattendance.synthetic.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.schoolattendance.synthetic.GeneratedLaAccess;
import org.schoolattendance.synthetic.upn.UpnCheckLetter;

class RegisterFilesTest {

  private static final Pattern PREAMBLE =
      Pattern.compile(
          "# register export; urn=(\\d{6}); exported_at=(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d);"
              + " period_start=(\\d{4}-\\d\\d-\\d\\d); period_end=(\\d{4}-\\d\\d-\\d\\d);"
              + " synthetic=true");

  @Test
  void everyExportHasPreambleHeaderAndRowsSortedByUpnDateSession() throws Exception {
    List<Path> files = GeneratedLaAccess.files("register", ".csv");
    assertThat(files).hasSizeGreaterThan(5 * 12);
    for (Path f : files) {
      try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        Matcher m = PREAMBLE.matcher(r.readLine());
        assertThat(m.matches()).as(f.toString()).isTrue();
        String stamp = m.group(2).replace("-", "").replace(":", "");
        assertThat(f.getFileName().toString())
            .isEqualTo("register-" + m.group(1) + "-" + stamp + ".csv");
        assertThat(r.readLine()).isEqualTo(RegisterExportWriter.HEADER);
        String previous = "";
        for (CSVRecord row : CSVFormat.DEFAULT.parse(r)) {
          String key = row.get(1) + row.get(4) + row.get(5);
          assertThat(key).isGreaterThan(previous);
          previous = key;
          assertThat(row.get(0)).isEqualTo(m.group(1));
          assertThat(row.get(4)).isBetween(m.group(3), m.group(4));
          assertThat(UpnCheckLetter.isValid(row.get(1))).isTrue();
          String mark = row.get(6);
          LocalDate date = LocalDate.parse(row.get(4));
          if (!mark.isEmpty()) {
            assertThat(AttendanceCodes.categorise(mark, date)).as(mark + " on " + date).isNotNull();
          }
          boolean late = mark.equals("L") || mark.equals("U");
          assertThat(row.get(7).isEmpty()).isEqualTo(!late);
          if (mark.equals("/")) {
            assertThat(row.get(5)).isEqualTo("AM");
          }
          if (mark.equals("\\")) {
            assertThat(row.get(5)).isEqualTo("PM");
          }
        }
      }
    }
  }

  @Test
  void marksBeforeAugust2024UseTheOldCodeSetAndAfterItTheNewOne() throws Exception {
    int oldJ = 0;
    int newJ1 = 0;
    for (var e : GeneratedLaAccess.latestMarks().entrySet()) {
      String date = e.getKey().split("\\|")[2];
      String mark = e.getValue()[1];
      if (date.compareTo("2024-08-19") < 0) {
        assertThat(mark).isNotIn("C1", "C2", "J1", "Y1", "Q");
        oldJ += mark.equals("J") ? 1 : 0;
      } else {
        assertThat(mark).isNotIn("H", "F", "J", "Y");
        newJ1 += mark.equals("J1") ? 1 : 0;
      }
    }
    assertThat(oldJ + newJ1).isPositive();
  }

  @Test
  void someNoReasonMarksAreCorrectedInALaterExport() throws Exception {
    // Same session shown as N in an earlier export and with another code in the latest one.
    var latest = GeneratedLaAccess.latestMarks();
    int corrected = 0;
    for (Path f : GeneratedLaAccess.files("register", ".csv")) {
      try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        r.readLine();
        for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().get().parse(r)) {
          if (row.get("mark").equals("N")) {
            String key =
                row.get("urn")
                    + "|"
                    + row.get("upn")
                    + "|"
                    + row.get("date")
                    + "|"
                    + row.get("session");
            if (!latest.get(key)[1].equals("N")) {
              corrected++;
            }
          }
        }
      }
    }
    assertThat(corrected).isPositive();
  }
}
