package org.schoolattendance.reports.la.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.schoolattendance.reports.Figures;

/**
 * One table cell: the text printed in the PDF and, for figures, the unrounded number written to the
 * workbook. Both come from the same value, so the PDF and the workbook cannot disagree.
 *
 * @param text what the PDF shows
 * @param number the unrounded value, or null for text, a suppressed or a missing figure
 * @param format how the number is formatted in the workbook
 */
public record Cell(String text, Double number, CellFormat format) {

  /** The DfE symbol for a figure hidden to protect small groups. */
  public static final String SUPPRESSED = "c";

  public static Cell text(String text) {
    return new Cell(text == null ? "" : text, null, CellFormat.TEXT);
  }

  /** Short for "not available", so a table column stays narrow; every key explains it. */
  public static final String NOT_AVAILABLE = "n/a";

  public static Cell notAvailable() {
    return text(NOT_AVAILABLE);
  }

  public static Cell suppressed() {
    return text(SUPPRESSED);
  }

  /** A date as 2023-12-19: short enough for a table column, and sorts as text. */
  public static Cell date(LocalDate date) {
    return date == null ? notAvailable() : text(date.toString());
  }

  /** A rate in percent, "6.9%"; "not available" when null or not finite. */
  public static Cell rate(Double percent) {
    if (percent == null || !Double.isFinite(percent)) {
      return notAvailable();
    }
    return new Cell(Figures.percent(percent), percent, CellFormat.RATE);
  }

  /** A difference in percentage points, "+0.4" or "-1.2"; "not available" when null. */
  public static Cell points(Double points) {
    if (points == null || !Double.isFinite(points)) {
      return notAvailable();
    }
    BigDecimal rounded = Figures.oneDecimal(points);
    String sign = rounded.signum() > 0 ? "+" : "";
    return new Cell(sign + rounded.toPlainString(), points, CellFormat.POINTS);
  }

  public static Cell count(long count) {
    return new Cell(Figures.count(count), (double) count, CellFormat.COUNT);
  }

  public boolean isNumber() {
    return number != null;
  }
}
