package org.schoolattendance.ingest.census;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.schoolattendance.ingest.common.FileRejectedException;

/**
 * Streams a census XML file pupil by pupil. DTDs and external entities are disabled: a file that
 * declares a DOCTYPE is rejected, never expanded. Error messages give the line, never the text.
 */
final class CensusXmlParser {

  private static final String PUPILS = "/SchoolCensus/Pupils/";

  private final XMLInputFactory factory;

  CensusXmlParser() {
    factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
  }

  CensusReturn parse(Path file) throws IOException, FileRejectedException {
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader reader = factory.createXMLStreamReader(in, "UTF-8");
      try {
        List<CensusPupil> pupils = new ArrayList<>();
        CensusHeader header = walk(reader, pupils);
        return new CensusReturn(header, pupils);
      } finally {
        reader.close();
      }
    } catch (XMLStreamException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      throw new FileRejectedException(
          "line " + line + ": the XML is not well formed (truncated or invalid characters)",
          0,
          List.of());
    }
  }

  private CensusHeader walk(XMLStreamReader reader, List<CensusPupil> pupils)
      throws XMLStreamException, FileRejectedException {
    Deque<String> path = new ArrayDeque<>();
    Map<String, String> header = new HashMap<>();
    Map<String, Integer> pupilCounts = new HashMap<>();
    CensusPupil pupil = null;
    Map<String, String> fsm = null;
    CensusPupil.TermlyAttendance termly = null;
    String[] reason = null;
    StringBuilder text = new StringBuilder();
    while (reader.hasNext()) {
      int event = reader.next();
      switch (event) {
        case XMLStreamConstants.DTD ->
            throw new FileRejectedException(
                "line "
                    + reader.getLocation().getLineNumber()
                    + ": a DOCTYPE is not accepted in census files (entities are disabled)",
                0,
                List.of());
        case XMLStreamConstants.ENTITY_REFERENCE ->
            throw new FileRejectedException(
                "line "
                    + reader.getLocation().getLineNumber()
                    + ": entity references are not accepted in census files",
                0,
                List.of());
        case XMLStreamConstants.START_ELEMENT -> {
          path.addLast(reader.getLocalName());
          text.setLength(0);
          String where = String.join("/", path);
          String name = reader.getLocalName();
          if (pupil == null && (name.equals("PupilOnRoll") || name.equals("PupilNoLongerOnRoll"))) {
            int index = pupilCounts.merge(name, 1, Integer::sum);
            pupil =
                new CensusPupil(
                    name.equals("PupilOnRoll"),
                    "/" + where + "[" + index + "]",
                    reader.getLocation().getLineNumber());
          } else if (pupil != null && name.equals("FSMhistory")) {
            fsm = new HashMap<>();
          } else if (pupil != null && name.equals("TermlyAttendance")) {
            termly = new CensusPupil.TermlyAttendance();
          } else if (termly != null && name.equals("SessionDetail")) {
            reason = new String[2];
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA ->
            text.append(reader.getText());
        case XMLStreamConstants.END_ELEMENT -> {
          String name = reader.getLocalName();
          String value = text.toString().strip();
          text.setLength(0);
          if (reason != null && name.equals("AttendanceReason")) {
            reason[0] = value;
          } else if (reason != null && name.equals("Sessions")) {
            reason[1] = value;
          } else if (reason != null && name.equals("SessionDetail")) {
            termly.reasons.add(reason);
            reason = null;
          } else if (termly != null && name.equals("TermlyAttendance")) {
            pupil.attendance.add(termly);
            termly = null;
          } else if (termly != null) {
            termly.values.put(name, value);
          } else if (fsm != null && name.equals("FSMhistory")) {
            pupil.fsmPeriods.add(fsm);
            fsm = null;
          } else if (fsm != null) {
            fsm.put(name, value);
          } else if (pupil != null
              && (name.equals("PupilOnRoll") || name.equals("PupilNoLongerOnRoll"))) {
            pupils.add(pupil);
            pupil = null;
          } else if (pupil != null) {
            pupil.values.put(name, value);
          } else if (String.join("/", path).startsWith("SchoolCensus/Header")) {
            header.put(name, value);
          }
          path.removeLast();
        }
        default -> {}
      }
    }
    return header(header);
  }

  private static CensusHeader header(Map<String, String> values) throws FileRejectedException {
    String urn = values.get("URN");
    String term = values.get("Term");
    if (urn == null || !urn.matches("\\d{6}") || term == null || !term.matches("AUT|SPR|SUM")) {
      throw new FileRejectedException(
          "the census header needs a 6-digit URN and a term of AUT, SPR or SUM", 0, List.of());
    }
    try {
      return new CensusHeader(
          urn,
          values.get("LEA"),
          term,
          Integer.parseInt(values.get("Year")),
          LocalDate.parse(values.get("ReferenceDate")));
    } catch (NumberFormatException | DateTimeParseException | NullPointerException e) {
      throw new FileRejectedException(
          "the census header needs a Year and a ReferenceDate (yyyy-MM-dd)", 0, List.of());
    }
  }
}
