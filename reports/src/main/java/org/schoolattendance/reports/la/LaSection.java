package org.schoolattendance.reports.la;

import java.util.List;
import org.schoolattendance.reports.la.table.LaTable;

/**
 * One numbered section of the LA pack: a title, sentences generated from the figures, an optional
 * chart, a table (also written to the workbook) and notes.
 *
 * @param chart the chart, or null
 * @param table the table, or null when the section's data is not available
 */
public record LaSection(
    String title, List<String> sentences, SectionChart chart, LaTable table, List<String> notes) {

  public LaSection {
    sentences = List.copyOf(sentences);
    notes = List.copyOf(notes);
  }

  /** A section whose data is missing: it says so, in place, instead of failing the pack. */
  public static LaSection notAvailable(String title, String why) {
    return new LaSection(title, List.of("Not available: " + why + "."), null, null, List.of());
  }
}
