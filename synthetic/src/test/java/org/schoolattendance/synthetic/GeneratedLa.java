package org.schoolattendance.synthetic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * One small generated LA shared by the tests of a JVM run (generation takes a few seconds), plus
 * readers that work only from the written files.
 */
final class GeneratedLa {

  /** 5 schools (3 primary, 1 secondary, 1 special), ~1,000 pupils, 2023/24 and 2024/25. */
  static final GeneratorOptions OPTIONS =
      GeneratorOptions.of(Path.of("unused"), 5, 1_000, 2).withSeed(42);

  private static Path dir;
  private static GenerationSummary summary;
  private static Map<String, String[]> latest;

  private GeneratedLa() {}

  static synchronized Path dir() {
    if (dir == null) {
      try {
        dir = Files.createTempDirectory("synthetic-la-");
        summary = new SyntheticLaGenerator(null).generate(OPTIONS.withOutputDir(dir));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return dir;
  }

  static synchronized GenerationSummary summary() {
    dir();
    return summary;
  }

  static List<Path> files(String folder, String suffix) throws IOException {
    try (Stream<Path> s = Files.list(dir().resolve(folder))) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  /** Data rows of one register export (preamble skipped). */
  static List<CSVRecord> registerRows(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      r.readLine();
      return CSVFormat.DEFAULT.builder().setHeader().get().parse(r).getRecords();
    }
  }

  /**
   * For every (urn, upn, date, session): {export stamp, mark} from the latest export that covers
   * it. Exports sort by file name within a school, and the stamp is in the name.
   */
  static synchronized Map<String, String[]> latestMarks() throws IOException {
    if (latest == null) {
      Map<String, String[]> map = new HashMap<>();
      for (Path f : files("register", ".csv")) {
        String stamp = f.getFileName().toString().replaceAll(".*-(\\d{8}T\\d{6})\\.csv", "$1");
        for (CSVRecord row : registerRows(f)) {
          String key =
              row.get("urn")
                  + "|"
                  + row.get("upn")
                  + "|"
                  + row.get("date")
                  + "|"
                  + row.get("session");
          String[] old = map.get(key);
          if (old == null || old[0].compareTo(stamp) < 0) {
            map.put(key, new String[] {stamp, row.get("mark")});
          }
        }
      }
      latest = map;
    }
    return latest;
  }

  static List<String> lines(Path p) throws IOException {
    return new ArrayList<>(Files.readAllLines(p, StandardCharsets.UTF_8));
  }
}
