package org.schoolattendance.synthetic.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolattendance.synthetic.GeneratorOptions;
import org.schoolattendance.synthetic.SyntheticLaGenerator;
import org.schoolattendance.synthetic.upn.UpnCheckLetter;

/**
 * A small LA generated twice with the same seed, clean and with faults at a moderate rate. Every
 * difference between the two runs is classified from the files alone and must be exactly the faults
 * listed in {@code truth/faults.csv}, at the same file and line, with the same kind.
 */
class FaultTruthTest {

  private static final double RATE = 0.3;
  private static final Set<String> SAME_IN_BOTH_RUNS_EXCEPT =
      Set.of("README.txt", "truth/faults.csv");

  @TempDir static Path clean;
  @TempDir static Path faulty;
  static List<CSVRecord> truth;
  static Map<String, Found> found;

  /** A fault seen in the output: {@code line} 0 for a whole-file fault. */
  record Found(String file, String kind, int line, String note) {
    String key() {
      return file + "|" + kind + "|" + (line == 0 ? "" : line);
    }
  }

  @BeforeAll
  static void generateTwiceAndCompare() throws Exception {
    GeneratorOptions options = GeneratorOptions.of(clean, 4, 600, 2).withSeed(11);
    new SyntheticLaGenerator(null).generate(options);
    new SyntheticLaGenerator(null).generate(options.withOutputDir(faulty).withFaults(RATE));
    truth = csv(Files.readString(faulty.resolve("truth/faults.csv")));
    found = new TreeMap<>();
    for (String file : changedFiles()) {
      for (Found f : classify(file)) {
        found.put(f.key(), f);
      }
    }
  }

  @Test
  void everyListedFaultIsFoundAtItsFileAndLineAndEveryChangeIsListed() {
    Set<String> listed = new TreeSet<>();
    for (CSVRecord f : truth) {
      listed.add(f.get("file") + "|" + f.get("kind") + "|" + f.get("line"));
    }
    assertThat(truth).hasSize(listed.size());
    assertThat(found.keySet()).isEqualTo(listed);
  }

  @Test
  void everyFaultKindAndEveryFormulaPrefixOccurs() {
    Set<String> kinds = new TreeSet<>();
    truth.forEach(f -> kinds.add(f.get("kind")));
    assertThat(kinds)
        .containsExactlyInAnyOrder(
            "unknown_code",
            "duplicate_exact",
            "duplicate_conflicting",
            "date_outside_term",
            "date_outside_enrolment",
            "malformed_upn",
            "formula_prefix",
            "many_bad_rows",
            "non_utf8",
            "truncated_xml",
            "xml_external_entity");
    Set<String> formulaCells = new TreeSet<>();
    Set<Character> prefixes = new TreeSet<>();
    found.values().stream()
        .filter(f -> f.kind().equals("formula_prefix"))
        .forEach(
            f -> {
              formulaCells.add(f.note().substring(0, f.note().length() - 2));
              prefixes.add(f.note().charAt(f.note().length() - 1));
            });
    assertThat(formulaCells).containsExactly("interventions notes", "register mark");
    assertThat(prefixes).containsExactlyInAnyOrder('=', '+', '-', '@');
    Set<String> upnFolders = new TreeSet<>();
    found.values().stream()
        .filter(f -> f.kind().equals("malformed_upn"))
        .forEach(f -> upnFolders.add(f.file().substring(0, f.file().indexOf('/'))));
    assertThat(upnFolders).containsExactly("census", "interventions", "register");
  }

  @Test
  void eachFaultCarriesTheOutcomeIngestShouldReach() {
    for (CSVRecord f : truth) {
      String kind = f.get("kind");
      String expected =
          switch (kind) {
            case "many_bad_rows", "non_utf8", "truncated_xml", "xml_external_entity" ->
                "file_rejected";
            case "duplicate_exact" -> "loaded_and_flagged";
            case "formula_prefix" ->
                f.get("file").startsWith("interventions/")
                    ? "loaded_and_flagged"
                    : "row_quarantined";
            default -> "row_quarantined";
          };
      assertThat(f.get("expected_outcome")).as(f.toString()).isEqualTo(expected);
      boolean wholeFile =
          Set.of("many_bad_rows", "truncated_xml", "xml_external_entity").contains(kind);
      assertThat(f.get("line").isEmpty()).as(f.toString()).isEqualTo(wholeFile);
    }
  }

  @Test
  void aFileWithManyBadRowsHasMoreThanTheErrorLimitAndItsDetailCountsThem() {
    List<Found> many =
        found.values().stream().filter(f -> f.kind().equals("many_bad_rows")).toList();
    assertThat(many).isNotEmpty();
    for (Found f : many) {
      String detail =
          truth.stream()
              .filter(t -> t.get("file").equals(f.file()))
              .findFirst()
              .orElseThrow()
              .get("detail");
      String[] counts = f.note().split("/");
      assertThat(detail).startsWith(counts[0] + " rows ");
      assertThat(Double.parseDouble(counts[0]) / Double.parseDouble(counts[1])).isGreaterThan(0.05);
    }
  }

  @Test
  void upnCheckLettersAreValidEverywhereExceptWhereAFaultSaysOtherwise() throws Exception {
    Set<String> invalid = new TreeSet<>();
    for (Path p : files(faulty, "register")) {
      String file = relative(faulty, p);
      List<String> lines = Files.readAllLines(p, StandardCharsets.ISO_8859_1);
      for (int i = 2; i < lines.size(); i++) {
        if (!UpnCheckLetter.isValid(lines.get(i).split(",", -1)[1])) {
          invalid.add(file + "|" + (i + 1));
        }
      }
    }
    for (Path p : files(faulty, "census")) {
      List<String> lines = lines(p);
      for (int i = 0; i < lines.size(); i++) {
        String upn = element(lines.get(i), "UPN");
        if (upn != null && !UpnCheckLetter.isValid(upn)) {
          invalid.add(relative(faulty, p) + "|" + (i - 1));
        }
      }
    }
    for (Path p : files(faulty, "interventions")) {
      String text = Files.readString(p);
      for (CSVRecord r : csv(text)) {
        if (!UpnCheckLetter.isValid(r.get("upn"))) {
          invalid.add(relative(faulty, p) + "|" + lineOf(text, r.getCharacterPosition()));
        }
      }
    }
    Set<String> listed = new TreeSet<>();
    truth.stream()
        .filter(f -> f.get("kind").equals("malformed_upn"))
        .forEach(f -> listed.add(f.get("file") + "|" + f.get("line")));
    assertThat(invalid).isNotEmpty().isEqualTo(listed);
  }

  // ---- classification of one changed file, from the two runs' bytes alone ----

  private static List<Found> classify(String file) throws Exception {
    if (file.startsWith("register/")) {
      return classifyRegister(file);
    }
    if (file.startsWith("census/")) {
      return List.of(classifyCensus(file));
    }
    if (file.startsWith("interventions/")) {
      return classifyInterventions(file);
    }
    throw new AssertionError("a file that should never be corrupted differs: " + file);
  }

  private static List<Found> classifyRegister(String file) throws Exception {
    byte[] bytes = Files.readAllBytes(faulty.resolve(file));
    List<String> before = lines(clean.resolve(file));
    if (!utf8(bytes)) {
      return List.of(new Found(file, "non_utf8", firstLineNotUtf8(bytes), ""));
    }
    List<String> after = lines(faulty.resolve(file));
    if (after.size() == before.size() + 1) {
      return List.of(classifyInsertedRow(file, before, after));
    }
    assertThat(after).as(file).hasSameSizeAs(before);
    List<Integer> changed = new ArrayList<>();
    for (int i = 0; i < after.size(); i++) {
      if (!after.get(i).equals(before.get(i))) {
        changed.add(i);
      }
    }
    if (changed.size() > 1) {
      for (int i : changed) {
        assertThat(cells(after.get(i))[6]).isEqualTo("Q9");
      }
      return List.of(
          new Found(file, "many_bad_rows", 0, changed.size() + "/" + (after.size() - 2)));
    }
    int i = changed.get(0);
    return List.of(classifyChangedRow(file, i + 1, cells(before.get(i)), cells(after.get(i))));
  }

  private static Found classifyInsertedRow(String file, List<String> before, List<String> after) {
    int i = 0;
    while (i < before.size() && after.get(i).equals(before.get(i))) {
      i++;
    }
    List<String> without = new ArrayList<>(after);
    without.remove(i);
    assertThat(without).as(file).isEqualTo(before);
    String[] copy = cells(after.get(i));
    String[] original = cells(after.get(i - 1));
    if (Arrays.equals(copy, original)) {
      return new Found(file, "duplicate_exact", i + 1, "");
    }
    assertThat(Arrays.copyOfRange(copy, 0, 6)).isEqualTo(Arrays.copyOfRange(original, 0, 6));
    assertThat(copy[6]).isNotEqualTo(original[6]);
    return new Found(file, "duplicate_conflicting", i + 1, "");
  }

  private static Found classifyChangedRow(String file, int line, String[] was, String[] is)
      throws IOException {
    List<Integer> fields = new ArrayList<>();
    for (int f = 0; f < was.length; f++) {
      if (!was[f].equals(is[f])) {
        fields.add(f);
      }
    }
    int field = fields.get(0);
    String kind =
        switch (field) {
          case 1 -> {
            assertThat(UpnCheckLetter.isValid(is[1])).isFalse();
            yield "malformed_upn";
          }
          case 4 -> classifyDate(LocalDate.parse(is[4]), LocalDate.parse(is[2]));
          case 6 -> {
            if (is[6].equals("Q9")) {
              yield "unknown_code";
            }
            assertThat("=+-@").contains(is[6].substring(0, 1));
            yield "formula_prefix";
          }
          default -> throw new AssertionError("unexpected change in field " + field);
        };
    assertThat(fields).as(file + " line " + line).allMatch(f -> f == field || f == 7);
    return new Found(file, kind, line, "register mark " + is[6].charAt(0));
  }

  private static String classifyDate(LocalDate date, LocalDate admission) throws IOException {
    if (date.isBefore(admission)) {
      return "date_outside_enrolment";
    }
    assertThat(inAnyTerm(date)).as(date.toString()).isFalse();
    return "date_outside_term";
  }

  private static Found classifyCensus(String file) throws Exception {
    String before = Files.readString(clean.resolve(file));
    String after = Files.readString(faulty.resolve(file));
    boolean parses = parsesWithoutDoctype(faulty.resolve(file));
    if (after.contains("<!DOCTYPE") && after.contains("SYSTEM")) {
      assertThat(parses).isFalse();
      return new Found(file, "xml_external_entity", 0, "");
    }
    if (after.length() < before.length() && before.startsWith(after)) {
      assertThat(parses).isFalse();
      return new Found(file, "truncated_xml", 0, "");
    }
    assertThat(parses).isTrue();
    List<String> was = before.lines().toList();
    List<String> is = after.lines().toList();
    assertThat(is).hasSameSizeAs(was);
    List<Integer> changed = new ArrayList<>();
    for (int i = 0; i < is.size(); i++) {
      if (!is.get(i).equals(was.get(i))) {
        changed.add(i);
      }
    }
    assertThat(changed).hasSize(1);
    int i = changed.get(0);
    assertThat(UpnCheckLetter.isValid(element(is.get(i), "UPN"))).isFalse();
    assertThat(is.get(i - 2).strip()).isIn("<PupilOnRoll>", "<PupilNoLongerOnRoll>");
    return new Found(file, "malformed_upn", i - 1, "");
  }

  private static List<Found> classifyInterventions(String file) throws IOException {
    String text = Files.readString(faulty.resolve(file));
    List<CSVRecord> was = csv(Files.readString(clean.resolve(file)));
    List<CSVRecord> is = csv(text);
    assertThat(is).hasSameSizeAs(was);
    List<Found> result = new ArrayList<>();
    for (int r = 0; r < is.size(); r++) {
      CSVRecord a = was.get(r);
      CSVRecord b = is.get(r);
      if (Arrays.equals(a.values(), b.values())) {
        continue;
      }
      int line = lineOf(text, b.getCharacterPosition());
      if (!a.get("upn").equals(b.get("upn"))) {
        assertThat(UpnCheckLetter.isValid(b.get("upn"))).isFalse();
        result.add(new Found(file, "malformed_upn", line, ""));
      } else {
        String notes = b.get("notes");
        assertThat("=+-@").contains(notes.substring(0, 1));
        assertThat(a.get("notes")).isNotEqualTo(notes);
        result.add(
            new Found(file, "formula_prefix", line, "interventions notes " + notes.charAt(0)));
      }
    }
    return result;
  }

  // ---- helpers ----

  private static Set<String> changedFiles() throws IOException {
    Set<String> all = new TreeSet<>();
    Set<String> cleanFiles = new HashSet<>();
    try (Stream<Path> s = Files.walk(clean)) {
      s.filter(Files::isRegularFile).forEach(p -> cleanFiles.add(relative(clean, p)));
    }
    try (Stream<Path> s = Files.walk(faulty)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String file = relative(faulty, p);
        assertThat(cleanFiles).contains(file);
        if (!SAME_IN_BOTH_RUNS_EXCEPT.contains(file)
            && !Arrays.equals(Files.readAllBytes(p), Files.readAllBytes(clean.resolve(file)))) {
          all.add(file);
        }
      }
    }
    return all;
  }

  private static boolean inAnyTerm(LocalDate date) throws IOException {
    for (Path p : files(clean, "calendar")) {
      for (CSVRecord r : csv(Files.readString(p))) {
        if (r.get("kind").equals("term")
            && !date.isBefore(LocalDate.parse(r.get("start_date")))
            && !date.isAfter(LocalDate.parse(r.get("end_date")))) {
          return true;
        }
      }
    }
    return false;
  }

  private static String element(String line, String name) {
    int open = line.indexOf("<" + name + ">");
    if (open < 0) {
      return null;
    }
    return line.substring(open + name.length() + 2, line.indexOf("</" + name + ">"));
  }

  private static int lineOf(String text, long position) {
    int line = 1;
    for (int i = 0; i < position; i++) {
      line += text.charAt(i) == '\n' ? 1 : 0;
    }
    return line;
  }

  private static int firstLineNotUtf8(byte[] bytes) {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        if (!utf8(Arrays.copyOfRange(bytes, start, i))) {
          return line;
        }
        line++;
        start = i + 1;
      }
    }
    throw new AssertionError("every line is UTF-8");
  }

  private static boolean utf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean parsesWithoutDoctype(Path p) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.newDocumentBuilder().parse(p.toFile());
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  private static List<Path> files(Path root, String folder) throws IOException {
    try (Stream<Path> s = Files.list(root.resolve(folder))) {
      return s.sorted().toList();
    }
  }

  private static String relative(Path root, Path p) {
    return root.relativize(p).toString();
  }

  private static List<String> lines(Path p) throws IOException {
    return Files.readAllLines(p, StandardCharsets.UTF_8);
  }

  private static String[] cells(String line) {
    return line.split(",", -1);
  }

  private static List<CSVRecord> csv(String text) throws IOException {
    try (Reader r = new StringReader(text)) {
      return CSVFormat.DEFAULT.builder().setHeader().get().parse(r).getRecords();
    }
  }
}
