package org.schoolattendance.reports.la.table;

import java.util.List;

/** One row of a table; a group heading row has only its first cell filled. */
public record TableRow(RowKind kind, List<Cell> cells) {

  public TableRow {
    cells = List.copyOf(cells);
  }

  public static TableRow of(Cell... cells) {
    return new TableRow(RowKind.ROW, List.of(cells));
  }

  public static TableRow total(Cell... cells) {
    return new TableRow(RowKind.TOTAL, List.of(cells));
  }

  public static TableRow group(String heading) {
    return new TableRow(RowKind.GROUP, List.of(Cell.text(heading)));
  }
}
