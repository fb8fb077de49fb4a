package org.schoolattendance.reports.la.render;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes text so that no spreadsheet program can run it as a formula. POI's setCellValue(String)
 * already stores a string, never a formula; text that starts like a formula (= + - @, tab or
 * carriage return) additionally gets a quote-prefixed style, so that editing the cell in Excel or
 * exporting the sheet to CSV does not turn it into one.
 */
final class SafeCells {

  private SafeCells() {}

  static boolean looksLikeFormula(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }

  static void text(Cell cell, String text, CellStyle style) {
    cell.setCellValue(text);
    cell.setCellStyle(
        looksLikeFormula(text) ? quoted(cell.getSheet().getWorkbook(), style) : style);
  }

  private static CellStyle quoted(Workbook workbook, CellStyle base) {
    for (int i = 0; i < workbook.getNumCellStyles(); i++) {
      CellStyle candidate = workbook.getCellStyleAt(i);
      if (candidate.getQuotePrefixed()
          && candidate.getFontIndex() == base.getFontIndex()
          && candidate.getDataFormat() == base.getDataFormat()
          && candidate.getAlignment() == base.getAlignment()) {
        return candidate;
      }
    }
    CellStyle style = workbook.createCellStyle();
    style.cloneStyleFrom(base);
    style.setQuotePrefixed(true);
    return style;
  }
}
