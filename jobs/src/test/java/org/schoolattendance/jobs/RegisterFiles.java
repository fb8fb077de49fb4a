package org.schoolattendance.jobs;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The test's own reading of the generated register exports, independent of the product: the latest
 * export wins for each (school, pupil, date, session), and attendance is worked out with a code
 * list written here, not the product's seed table.
 */
final class RegisterFiles {

  private static final Set<String> ATTENDING_2024 = Set.of("/", "\\", "L", "K", "V", "P", "W", "B");
  private static final Set<String> ABSENT_2024 =
      Set.of("C", "C1", "C2", "M", "J1", "S", "T", "R", "I", "E", "G", "N", "O", "U");

  /** One mark as the latest export has it, with that export's view of the enrolment. */
  record Mark(
      String urn,
      String upn,
      LocalDate admitted,
      LocalDate left,
      LocalDate date,
      String mark,
      String exportedAt) {}

  private final Map<String, Mark> latest = new HashMap<>();
  private long rowsRead;

  static RegisterFiles read(Path registerFolder) throws IOException {
    RegisterFiles files = new RegisterFiles();
    try (Stream<Path> paths = Files.list(registerFolder)) {
      for (Path file : paths.sorted().toList()) {
        files.add(file);
      }
    }
    return files;
  }

  private void add(Path file) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String preamble = reader.readLine();
      String exportedAt = preamble.replaceAll(".*exported_at=([^;]+);.*", "$1");
      reader.readLine(); // header
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        rowsRead++;
        String[] f = line.split(",", -1);
        Mark mark =
            new Mark(
                f[0],
                f[1],
                LocalDate.parse(f[2]),
                f[3].isEmpty() ? null : LocalDate.parse(f[3]),
                LocalDate.parse(f[4]),
                f[6],
                exportedAt);
        String key = f[0] + "|" + f[1] + "|" + f[4] + "|" + f[5];
        latest.merge(
            key, mark, (old, now) -> now.exportedAt().compareTo(old.exportedAt()) > 0 ? now : old);
      }
    }
  }

  long rowsRead() {
    return rowsRead;
  }

  /** Whether the school's registers hold any mark for the pupil. */
  boolean onRegisterOf(String urn, String upn) {
    return latest.values().stream().anyMatch(m -> m.urn().equals(urn) && m.upn().equals(upn));
  }

  long distinctSessions() {
    return latest.size();
  }

  /**
   * Attendance rate of one school between two dates (a term, 2024/25 code set): attending over
   * possible sessions, counting only marks inside the enrolment as its latest export states it.
   */
  double attendanceRatePct(String urn, LocalDate from, LocalDate to) {
    Map<String, LocalDate> leaving = latestLeavingDates(urn);
    long attending = 0;
    long possible = 0;
    for (Mark m : latest.values()) {
      if (!m.urn().equals(urn) || m.date().isBefore(from) || m.date().isAfter(to)) {
        continue;
      }
      LocalDate left = leaving.get(m.upn() + "|" + m.admitted());
      if (m.date().isBefore(m.admitted()) || (left != null && m.date().isAfter(left))) {
        continue;
      }
      if (ATTENDING_2024.contains(m.mark())) {
        attending++;
        possible++;
      } else if (ABSENT_2024.contains(m.mark())) {
        possible++;
      }
    }
    return 100.0 * attending / possible;
  }

  private Map<String, LocalDate> latestLeavingDates(String urn) {
    Map<String, Mark> newest = new HashMap<>();
    for (Mark m : latest.values()) {
      if (m.urn().equals(urn)) {
        newest.merge(
            m.upn() + "|" + m.admitted(),
            m,
            (old, now) -> now.exportedAt().compareTo(old.exportedAt()) > 0 ? now : old);
      }
    }
    Map<String, LocalDate> leaving = new HashMap<>();
    newest.forEach((key, mark) -> leaving.put(key, mark.left()));
    return leaving;
  }
}
