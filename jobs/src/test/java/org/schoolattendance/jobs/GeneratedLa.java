package org.schoolattendance.jobs;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What the test knows about a generated LA, read straight from its input files. */
final class GeneratedLa {

  record School(String urn, String name, String headEmail, String clerkEmail) {}

  final Map<String, School> schools = new LinkedHashMap<>();
  final List<String> upns = new ArrayList<>();
  final List<String> fullNames = new ArrayList<>();
  final List<String> datesOfBirth = new ArrayList<>();
  private final Path input;

  GeneratedLa(Path input) throws Exception {
    this.input = input;
    try (Reader reader = Files.newBufferedReader(input.resolve("schools.csv"))) {
      for (CSVRecord row :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        schools.put(
            row.get("urn"),
            new School(
                row.get("urn"),
                row.get("school_name"),
                row.get("head_email"),
                row.get("clerk_email")));
      }
    }
    try (Stream<Path> files = Files.list(input.resolve("census"))) {
      for (Path file : files.sorted().toList()) {
        readPupils(file);
      }
    }
  }

  private void readPupils(Path file) throws Exception {
    Document document =
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    NodeList identifiers = document.getElementsByTagName("PupilIdentifiers");
    for (int i = 0; i < identifiers.getLength(); i++) {
      Element pupil = (Element) identifiers.item(i);
      upns.add(text(pupil, "UPN"));
      String name = text(pupil, "Forename") + " " + text(pupil, "Surname");
      fullNames.add(name);
      datesOfBirth.add(text(pupil, "DOB"));
    }
  }

  private static String text(Element parent, String tag) {
    return parent.getElementsByTagName(tag).item(0).getTextContent().strip();
  }

  /** First and last school day of a term, from the generated calendar's term row. */
  LocalDate[] termDates(String academicYear, String term) throws IOException {
    Path calendar =
        input.resolve("calendar").resolve("calendar-" + academicYear.replace('/', '-') + ".csv");
    try (Reader reader = Files.newBufferedReader(calendar, StandardCharsets.UTF_8)) {
      for (CSVRecord row :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        if (row.get("kind").equals("term") && row.get("name").equals(term)) {
          return new LocalDate[] {
            LocalDate.parse(row.get("start_date")), LocalDate.parse(row.get("end_date"))
          };
        }
      }
    }
    throw new IllegalStateException("no " + term + " term in " + calendar);
  }
}
