package org.schoolattendance.reports.pack.document;

import java.util.ArrayList;
import java.util.List;

/** A table of finished text: a label column and up to {@value #MAX_VALUE_COLUMNS} value columns. */
public record Table(List<String> header, List<Table.Row> rows) {

  public static final int MAX_VALUE_COLUMNS = 6;

  /** A row; {@code emphasis} prints it in bold (e.g. the school's own row or a total). */
  public record Row(List<String> cells, boolean emphasis) {

    public Row {
      cells = List.copyOf(cells);
    }

    public static Row of(String... cells) {
      return new Row(List.of(cells), false);
    }

    public static Row emphasised(String... cells) {
      return new Row(List.of(cells), true);
    }
  }

  public Table {
    if (header.size() > MAX_VALUE_COLUMNS + 1) {
      throw new IllegalArgumentException("a table has at most 7 columns: " + header);
    }
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  public static Table of(List<String> header, List<Row> rows) {
    return new Table(header, rows);
  }

  /** Collects rows for a table with the given header. */
  public static Builder withHeader(String... header) {
    return new Builder(List.of(header));
  }

  /** Adds rows one at a time. */
  public static final class Builder {
    private final List<String> header;
    private final List<Row> rows = new ArrayList<>();

    private Builder(List<String> header) {
      this.header = header;
    }

    public Builder row(String... cells) {
      rows.add(Row.of(cells));
      return this;
    }

    public Builder row(Row row) {
      rows.add(row);
      return this;
    }

    public boolean isEmpty() {
      return rows.isEmpty();
    }

    public Table build() {
      return new Table(header, rows);
    }
  }
}
