package org.schoolattendance.reports.la.render;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.schoolattendance.reports.Figures;
import org.schoolattendance.reports.la.LaReport;
import org.schoolattendance.reports.la.LaSection;

/** The workbook's first sheet: what it holds, for which period, and how to read it. */
final class NotesSheet {

  static final String SYNTHETIC = "SYNTHETIC DATA — not real pupils";

  private NotesSheet() {}

  static void write(SXSSFSheet sheet, LaReport report, LaWorkbookWriter.Styles styles) {
    Lines lines = new Lines(sheet, styles);
    if (report.synthetic()) {
      lines.add("Data", SYNTHETIC);
    }
    lines.add("Pack", "LA borough attendance comparison");
    lines.add("Local authority", report.displayName());
    lines.add("Period", report.period().label());
    lines.add("Data as of", Figures.date(report.dataAsOf()));
    lines.add(
        "Suppression",
        "c = fewer than "
            + report.suppressionMinimum()
            + " pupils (a school or group, or the persistently or severely absent pupils a rate"
            + " counts), or hidden so that such a figure cannot be worked out from the others"
            + " and the total");
    lines.add("n/a", "not available: a figure the data do not support for this period");
    lines.add("Figures", "unrounded; the PDF shows them rounded half-up to one decimal place");
    lines.add(
        "Published statistics",
        "Contains public sector information licensed under the Open Government Licence v3.0.");
    lines.add("", "");
    int number = 1;
    for (LaSection section : report.sections()) {
      String sheetName =
          section.table() == null ? "(no table)" : "sheet " + section.table().sheetName();
      lines.add(number++ + ". " + section.title(), sheetName);
      for (String sentence : section.sentences()) {
        lines.add("", sentence);
      }
      for (String note : section.notes()) {
        lines.add("", note);
      }
    }
    sheet.setColumnWidth(0, 45 * 256);
    sheet.setColumnWidth(1, 120 * 256);
  }

  /** Appends two-column rows. */
  private static final class Lines {
    private final SXSSFSheet sheet;
    private final LaWorkbookWriter.Styles styles;
    private int next;

    Lines(SXSSFSheet sheet, LaWorkbookWriter.Styles styles) {
      this.sheet = sheet;
      this.styles = styles;
    }

    void add(String label, String text) {
      Row row = sheet.createRow(next++);
      SafeCells.text(row.createCell(0), label, styles.header);
      SafeCells.text(row.createCell(1), text, styles.wrapped);
    }
  }
}
