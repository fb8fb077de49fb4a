package org.schoolattendance.synthetic.census;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.schoolattendance.synthetic.GeneratedLaAccess;
import org.schoolattendance.synthetic.register.AttendanceCodes;
import org.schoolattendance.synthetic.register.AttendanceCodes.Category;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class CensusFilesTest {

  @Test
  void everyCensusFileValidatesAgainstTheXsd() throws Exception {
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    Schema schema = f.newSchema(getClass().getResource("/schema/school-census.xsd"));
    List<Path> files = GeneratedLaAccess.files("census", ".xml");
    // 5 schools x (aut, spr, sum) x 2 years
    assertThat(files).hasSize(30);
    for (Path p : files) {
      Validator v = schema.newValidator();
      v.validate(new StreamSource(p.toFile()));
    }
  }

  @Test
  void censusAttendanceEqualsTheLatestRegisterMarksForThatTerm() throws Exception {
    Map<String, int[]> byTerm = termTotals(GeneratedLaAccess.latestMarks());
    int checked = 0;
    for (Path p : GeneratedLaAccess.files("census", ".xml")) {
      Document doc = parse(p);
      String urn = text(doc.getDocumentElement(), "URN");
      NodeList attendance = doc.getElementsByTagName("TermlyAttendance");
      for (int i = 0; i < attendance.getLength(); i++) {
        Element ta = (Element) attendance.item(i);
        Element pupil = (Element) ta.getParentNode().getParentNode();
        String upn = text(pupil, "UPN");
        String term = text(ta, "Term");
        String year = text(ta, "AcademicYear");
        int[] expected = byTerm.getOrDefault(urn + "|" + upn + "|" + year + "|" + term, new int[3]);
        assertThat(
                new int[] {
                  Integer.parseInt(text(ta, "SessionsPossible")),
                  Integer.parseInt(text(ta, "SessionsAuthorised")),
                  Integer.parseInt(text(ta, "SessionsUnauthorised"))
                })
            .as("%s %s %s %s", urn, upn, year, term)
            .containsExactly(expected);
        int reasons = 0;
        NodeList details = ta.getElementsByTagName("Sessions");
        for (int j = 0; j < details.getLength(); j++) {
          reasons += Integer.parseInt(details.item(j).getTextContent());
        }
        assertThat(reasons).isEqualTo(expected[1] + expected[2]);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(1_000);
  }

  @Test
  void firstAutumnCensusCarriesNoAttendanceBecauseTheSummerBeforeIsNotSimulated() throws Exception {
    for (Path p : GeneratedLaAccess.files("census", "-2023-aut.xml")) {
      assertThat(parse(p).getElementsByTagName("Attendance").getLength()).isZero();
    }
  }

  /** Possible, authorised and unauthorised sessions per urn|upn|year|term. */
  private static Map<String, int[]> termTotals(Map<String, String[]> latest) {
    Map<String, int[]> totals = new java.util.HashMap<>();
    for (Map.Entry<String, String[]> e : latest.entrySet()) {
      String[] k = e.getKey().split("\\|");
      java.time.LocalDate date = java.time.LocalDate.parse(k[2]);
      Category c = AttendanceCodes.categorise(e.getValue()[1], date);
      if (c == null || !c.possible()) {
        continue;
      }
      int[] t =
          totals.computeIfAbsent(
              k[0] + "|" + k[1] + "|" + academicYear(date) + "|" + termOf(date), x -> new int[3]);
      t[0]++;
      if (c == Category.AUTHORISED) {
        t[1]++;
      } else if (c == Category.UNAUTHORISED) {
        t[2]++;
      }
    }
    return totals;
  }

  static String academicYear(java.time.LocalDate d) {
    int start = d.getMonthValue() >= 9 ? d.getYear() : d.getYear() - 1;
    return start + "/" + String.format("%02d", (start + 1) % 100);
  }

  /** Terms by month are enough here: spring ends before Easter, summer starts after it. */
  static String termOf(java.time.LocalDate d) {
    int m = d.getMonthValue();
    if (m >= 9) {
      return "AUT";
    }
    if (m <= 3) {
      return "SPR";
    }
    if (m >= 5) {
      return "SUM";
    }
    // April: before or after the Easter break.
    return d.isBefore(
            org.schoolattendance.synthetic.calendar.TermDates.of(
                    new org.schoolattendance.synthetic.calendar.AcademicYear(d.getYear() - 1))
                .get(2)
                .start())
        ? "SPR"
        : "SUM";
  }

  @Test
  void aForenameIsOnlyEverGivenToOneSex() throws Exception {
    Map<String, Set<String>> sexesByForename = new TreeMap<>();
    for (Path p : GeneratedLaAccess.files("census", ".xml")) {
      NodeList pupils = parse(p).getElementsByTagName("PupilIdentifiers");
      for (int i = 0; i < pupils.getLength(); i++) {
        Element pupil = (Element) pupils.item(i);
        sexesByForename
            .computeIfAbsent(text(pupil, "Forename"), name -> new TreeSet<>())
            .add(text(pupil, "Sex"));
      }
    }
    assertThat(sexesByForename).hasSizeGreaterThan(60);
    assertThat(sexesByForename.values()).allMatch(sexes -> sexes.size() == 1);
    assertThat(sexesByForename)
        .containsEntry("Grace", Set.of("F"))
        .containsEntry("Oliver", Set.of("M"));
  }

  static Document parse(Path p) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(p.toFile());
  }

  static String text(Element e, String tag) {
    return e.getElementsByTagName(tag).item(0).getTextContent();
  }
}
