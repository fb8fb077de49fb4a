package org.schoolattendance.reports.pack.document;

import java.util.List;

/** Everything one pack PDF shows: its cover and its sections in order. */
public record PackLayout(Cover cover, List<Section> sections) {

  public PackLayout {
    sections = List.copyOf(sections);
  }
}
