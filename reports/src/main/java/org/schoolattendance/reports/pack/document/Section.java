package org.schoolattendance.reports.pack.document;

import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * One numbered section of a pack: a heading, sentences, then an optional chart and table, then
 * notes in small print.
 */
public record Section(
    String heading, List<String> sentences, JFreeChart chart, Table table, List<String> notes) {

  public Section {
    sentences = List.copyOf(sentences);
    notes = List.copyOf(notes);
  }

  public static Section of(String heading, List<String> sentences) {
    return new Section(heading, sentences, null, null, List.of());
  }

  public Section withChart(JFreeChart newChart) {
    return new Section(heading, sentences, newChart, table, notes);
  }

  public Section withTable(Table newTable) {
    return new Section(heading, sentences, chart, newTable, notes);
  }

  public Section withNotes(List<String> newNotes) {
    return new Section(heading, sentences, chart, table, newNotes);
  }
}
