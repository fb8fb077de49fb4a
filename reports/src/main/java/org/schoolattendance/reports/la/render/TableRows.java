package org.schoolattendance.reports.la.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.schoolattendance.reports.la.table.LaTable;
import org.schoolattendance.reports.la.table.TableRow;

/** A table as the fields of la-table.jrxml: {@code kind} and cells {@code c0}..{@code c11}. */
final class TableRows {

  private TableRows() {}

  static JRDataSource of(LaTable table) {
    List<Map<String, ?>> rows = new ArrayList<>();
    for (TableRow row : table.rows()) {
      Map<String, Object> fields = new HashMap<>();
      fields.put("kind", row.kind().name());
      for (int i = 0; i < row.cells().size(); i++) {
        fields.put("c" + i, row.cells().get(i).text());
      }
      rows.add(fields);
    }
    return new JRMapCollectionDataSource(rows);
  }

  /** The headings as the section's fields {@code h0}..{@code h11}. */
  static void putHeaders(LaTable table, Map<String, Object> section) {
    for (int i = 0; i < table.headers().size(); i++) {
      section.put("h" + i, table.headers().get(i));
    }
  }
}
