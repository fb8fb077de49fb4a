package org.schoolattendance.reports.school;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.schoolattendance.reports.Figures;

/**
 * The parameters of {@code templates/school-summary.jrxml}. Every figure arrives as finished text
 * so that the template only lays things out.
 */
final class SchoolSummaryParameters {

  static final String SCHOOL_NAME = "SCHOOL_NAME";
  static final String SCHOOL_DETAILS = "SCHOOL_DETAILS";
  static final String TERM_LABEL = "TERM_LABEL";
  static final String FRESHNESS = "FRESHNESS";
  static final String SYNTHETIC = "SYNTHETIC";
  static final String SUMMARY_SENTENCE = "SUMMARY_SENTENCE";
  static final String LA_COLUMN_HEADING = "LA_COLUMN_HEADING";
  static final String HEADLINE_ROWS = "HEADLINE_ROWS";
  static final String NOTES = "NOTES";
  static final String FOOTER_LABEL = "FOOTER_LABEL";

  private SchoolSummaryParameters() {}

  static Map<String, Object> of(SchoolPack pack) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put(SCHOOL_NAME, pack.schoolName());
    parameters.put(SCHOOL_DETAILS, schoolDetails(pack));
    parameters.put(TERM_LABEL, pack.termLabel());
    parameters.put(FRESHNESS, freshness(pack));
    parameters.put(SYNTHETIC, pack.synthetic());
    parameters.put(SUMMARY_SENTENCE, AttendanceSentence.describe(pack.school(), pack.la()));
    parameters.put(LA_COLUMN_HEADING, "LA " + orNotAvailable(pack.laCode()) + ", all schools");
    parameters.put(
        HEADLINE_ROWS,
        new JRMapCollectionDataSource(
            HeadlineTable.asFields(HeadlineTable.rows(pack.school(), pack.la()))));
    parameters.put(NOTES, new JRMapCollectionDataSource(noteRows(pack.laCode())));
    parameters.put(
        FOOTER_LABEL,
        // URN and term first: a long school name is cut short at the end of the footer line.
        "URN " + pack.urn() + " · " + pack.termLabel() + " · " + pack.schoolName());
    parameters.put(JRParameter.REPORT_LOCALE, Locale.UK);
    return parameters;
  }

  private static String freshness(SchoolPack pack) {
    return "Data as of %s  ·  Latest register marks: %s"
        .formatted(Figures.date(pack.dataAsOf()), Figures.date(pack.latestRegisterDate()));
  }

  private static List<Map<String, ?>> noteRows(String laCode) {
    return MethodNotes.forLa(laCode).stream()
        .<Map<String, ?>>map(note -> Map.of("text", note))
        .toList();
  }

  private static String schoolDetails(SchoolPack pack) {
    return "URN %s  ·  LA %s  ·  %s"
        .formatted(pack.urn(), orNotAvailable(pack.laCode()), phaseName(pack.phase()));
  }

  static String phaseName(String phase) {
    if (phase == null) {
      return "Phase not available";
    }
    return switch (phase.toLowerCase(Locale.ROOT)) {
      case "primary" -> "Primary";
      case "secondary" -> "Secondary";
      case "special" -> "Special";
      case "pru" -> "Pupil referral unit";
      default -> phase;
    };
  }

  private static String orNotAvailable(String value) {
    return value == null || value.isBlank() ? Figures.NOT_AVAILABLE : value;
  }
}
