package org.schoolattendance.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.schoolattendance.ingest.common.UpnTestSupport;

/** Writes small hand-made input files in the layout of docs/formats.md. */
final class InputFolder {

  static final String URN = "100001";
  static final LocalDate TERM_START = LocalDate.of(2023, 9, 4);
  static final LocalDate HALF_TERM_START = LocalDate.of(2023, 10, 30);

  private final Path root;

  InputFolder(Path root) {
    this.root = root;
  }

  Path root() {
    return root;
  }

  /** Autumn 2023: term 4 Sep to 20 Dec, half-term 30 Oct to 3 Nov, no INSET days. */
  void calendar() throws Exception {
    write(
        "calendar/calendar-2023-24.csv",
        "academic_year,kind,name,start_date,end_date,urn",
        "2023/24,term,autumn,2023-09-04,2023-12-20,",
        "2023/24,half_term,autumn,2023-10-30,2023-11-03,");
  }

  /** A spring 2024 census of the school listing these pupils on roll. */
  void census(String... upns) throws Exception {
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<SchoolCensus><Header>")
        .append("<CollectionDetails><Collection>SC</Collection><Term>SPR</Term><Year>2024</Year>")
        .append("<ReferenceDate>2024-01-18</ReferenceDate></CollectionDetails>")
        .append("<SchoolLoc><URN>" + URN + "</URN><LEA>307</LEA><Estab>2001</Estab></SchoolLoc>")
        .append("</Header><Pupils>\n");
    for (String upn : upns) {
      xml.append("<PupilOnRoll><PupilIdentifiers><UPN>")
          .append(upn)
          .append("</UPN><Surname>Test</Surname><Forename>Pupil</Forename>")
          .append("<DOB>2015-05-03</DOB><Sex>F</Sex></PupilIdentifiers>")
          .append("<PupilCharacteristics><Ethnicity>WBRI</Ethnicity>")
          .append("<FirstLanguage>ENG</FirstLanguage><SENprovision>N</SENprovision>")
          .append("</PupilCharacteristics><PupilStatus><EnrolStatus>C</EnrolStatus>")
          .append("<EntryDate>2019-09-02</EntryDate><NCyearActual>4</NCyearActual>")
          .append("</PupilStatus></PupilOnRoll>\n");
    }
    xml.append("</Pupils></SchoolCensus>\n");
    write("census/census-" + URN + "-2024-spr.xml", xml.toString());
  }

  /** A register export; each row is given without its leading URN. */
  Path register(String exportedAt, String... rows) throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add("# register export; urn=" + URN + "; exported_at=" + exportedAt + "; synthetic=true");
    lines.add("urn,upn,admission_date,leaving_date,date,session,mark,minutes_late");
    for (String row : rows) {
      lines.add(URN + "," + row);
    }
    String stamp = exportedAt.replace("-", "").replace(":", "");
    return write("register/register-" + URN + "-" + stamp + ".csv", lines.toArray(String[]::new));
  }

  Path write(String relative, String... lines) throws Exception {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  /** The first {@code count} school days of the autumn term. */
  static List<LocalDate> schoolDays(int count) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = TERM_START; days.size() < count; day = day.plusDays(1)) {
      boolean weekend =
          day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
      boolean halfTerm =
          !day.isBefore(HALF_TERM_START) && day.isBefore(HALF_TERM_START.plusDays(5));
      if (!weekend && !halfTerm) {
        days.add(day);
      }
    }
    return days;
  }

  static String upn(String body12) {
    return UpnTestSupport.withCheckLetter(body12);
  }
}
