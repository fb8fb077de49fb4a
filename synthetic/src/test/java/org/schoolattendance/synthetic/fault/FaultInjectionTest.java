package org.schoolattendance.synthetic.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolattendance.synthetic.GenerationSummary;
import org.schoolattendance.synthetic.GeneratorOptions;
import org.schoolattendance.synthetic.SyntheticLaGenerator;
import org.schoolattendance.synthetic.upn.UpnCheckLetter;

/** A tiny LA with a high fault rate; faults are found by scanning the files independently. */
class FaultInjectionTest {

  @TempDir static Path dir;
  static GenerationSummary summary;
  static List<CSVRecord> truth;

  @BeforeAll
  static void generate() throws Exception {
    summary =
        new SyntheticLaGenerator(null)
            .generate(GeneratorOptions.of(dir, 3, 300, 1).withSeed(11).withFaults(0.3));
    try (Reader r = Files.newBufferedReader(dir.resolve("truth/faults.csv"))) {
      truth = CSVFormat.DEFAULT.builder().setHeader().get().parse(r).getRecords();
    }
  }

  @Test
  void truthListsEveryInjectedFaultWithAnOutcomeClass() {
    assertThat(truth).hasSize(summary.faultsInjected()).isNotEmpty();
    for (CSVRecord f : truth) {
      assertThat(f.get("expected_outcome"))
          .isIn("row_quarantined", "file_rejected", "loaded_and_flagged");
    }
  }

  @Test
  void filesThatAreNotUtf8OrNotParseableXmlAreExactlyThoseListed() throws Exception {
    Set<String> broken = new HashSet<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String rel = dir.relativize(p).toString();
        if (!utf8(p)) {
          broken.add(rel + "|non_utf8");
        } else if (rel.endsWith(".xml") && !parses(p)) {
          broken.add(rel + "|xml");
        }
      }
    }
    Set<String> listed = new HashSet<>();
    for (CSVRecord f : truth) {
      switch (f.get("kind")) {
        case "non_utf8" -> listed.add(f.get("file") + "|non_utf8");
        case "truncated_xml", "xml_external_entity" -> listed.add(f.get("file") + "|xml");
        default -> {}
      }
    }
    assertThat(broken).isEqualTo(listed);
  }

  @Test
  void unknownCodesAndBadUpnsInRegistersAreExactlyThoseListed() throws Exception {
    Set<String> found = new HashSet<>();
    try (Stream<Path> s = Files.list(dir.resolve("register"))) {
      for (Path p : s.sorted().toList()) {
        if (!utf8(p)) {
          continue;
        }
        List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        String rel = dir.relativize(p).toString();
        for (int i = 2; i < lines.size(); i++) {
          String[] f = lines.get(i).split(",", -1);
          if (!UpnCheckLetter.isValid(f[1])) {
            found.add(rel + "|malformed_upn|" + (i + 1));
          }
          if (f[6].equals("=1+2")) {
            found.add(rel + "|formula_prefix|" + (i + 1));
          }
        }
      }
    }
    Set<String> listed = new HashSet<>();
    for (CSVRecord f : truth) {
      if (f.get("kind").equals("malformed_upn") || f.get("kind").equals("formula_prefix")) {
        listed.add(f.get("file") + "|" + f.get("kind") + "|" + f.get("line"));
      }
    }
    assertThat(found).isEqualTo(listed);
  }

  private static boolean utf8(Path p) throws Exception {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(p)));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean parses(Path p) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.newDocumentBuilder().parse(p.toFile());
      return true;
    } catch (Exception e) {
      return false;
    }
  }
}
