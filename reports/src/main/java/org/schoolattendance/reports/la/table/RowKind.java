package org.schoolattendance.reports.la.table;

/** How a row is set: an ordinary row, a heading for the rows below it, or a total. */
public enum RowKind {
  ROW,
  GROUP,
  TOTAL
}
