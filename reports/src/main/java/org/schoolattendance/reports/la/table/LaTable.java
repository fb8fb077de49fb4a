package org.schoolattendance.reports.la.table;

import java.util.List;

/**
 * A table of the LA pack, printed in the PDF and written as one sheet of the workbook.
 *
 * @param sheetName the workbook sheet's name (at most 31 characters)
 * @param headers the column headings; the first column is the row label
 * @param rows the rows, each with at most as many cells as there are headings
 */
public record LaTable(String sheetName, List<String> headers, List<TableRow> rows) {

  /** The PDF table template has this many columns. */
  public static final int MAX_COLUMNS = 12;

  public LaTable {
    if (sheetName.length() > 31) {
      throw new IllegalArgumentException("sheet name longer than 31 characters: " + sheetName);
    }
    if (headers.size() > MAX_COLUMNS) {
      throw new IllegalArgumentException(
          "table " + sheetName + " has " + headers.size() + " columns, at most " + MAX_COLUMNS);
    }
    for (TableRow row : rows) {
      if (row.cells().size() > headers.size()) {
        throw new IllegalArgumentException("a row of " + sheetName + " has too many cells");
      }
    }
    headers = List.copyOf(headers);
    rows = List.copyOf(rows);
  }
}
