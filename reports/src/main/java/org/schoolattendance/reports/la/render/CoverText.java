package org.schoolattendance.reports.la.render;

import org.schoolattendance.reports.Figures;
import org.schoolattendance.reports.la.LaReport;

/** The cover's lines of text, shared by the PDF cover and the workbook's notes sheet. */
public final class CoverText {

  private CoverText() {}

  public static String details(LaReport report) {
    return "Local authority " + report.laCode() + "  ·  every school compared within its phase";
  }

  public static String periodLabel(LaReport report) {
    return report.period().label();
  }

  public static String freshness(LaReport report) {
    String line = "Data as of " + Figures.date(report.dataAsOf());
    if (report.periodNote() != null) {
      line += "  ·  " + report.periodNote();
    }
    if (report.earliestRegisterDate() != null
        && !report.earliestRegisterDate().equals(report.dataAsOf())) {
      line +=
          "  ·  Some schools' latest register marks are older, from "
              + Figures.date(report.earliestRegisterDate())
              + ": each school's date is in section 1";
    } else {
      line += "  ·  Every school's register marks run to that date (section 1)";
    }
    return line;
  }

  public static String note(LaReport report) {
    return "School and LA figures only: this pack holds no pupil names, UPNs or dates of birth."
        + " Groups of fewer than "
        + report.suppressionMinimum()
        + " pupils are shown as c (the DfE's symbol), and so is a persistent or severe absence"
        + " rate counting fewer; a second figure is hidden where a total would otherwise reveal"
        + " one. Published comparisons appear only where the DfE's period"
        + " matches this one; otherwise they are \"not available\" (n/a in tables). An XLSX workbook with the"
        + " same tables (unrounded values) comes with this PDF.";
  }
}
