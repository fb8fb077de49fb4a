package org.schoolattendance.reports.la.table;

/** How a cell's number is written: in the PDF as text, in the workbook as a number format. */
public enum CellFormat {
  /** Text only; no number behind it. */
  TEXT("@"),
  /** A percentage rate, shown to one decimal place ("6.9"). */
  RATE("0.0"),
  /** A difference in percentage points, signed ("+0.4", "-1.2"). */
  POINTS("+0.0;-0.0;0.0"),
  /** A whole count ("1,234"). */
  COUNT("#,##0");

  private final String excelFormat;

  CellFormat(String excelFormat) {
    this.excelFormat = excelFormat;
  }

  public String excelFormat() {
    return excelFormat;
  }
}
