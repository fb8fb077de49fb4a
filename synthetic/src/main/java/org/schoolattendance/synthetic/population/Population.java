package org.schoolattendance.synthetic.population;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** Every pupil and every enrolment of the window, enrolments grouped by school URN. */
public record Population(List<Pupil> pupils, SortedMap<String, List<Enrolment>> enrolmentsByUrn) {

  public List<Enrolment> at(String urn) {
    return enrolmentsByUrn.getOrDefault(urn, List.of());
  }

  public int enrolmentCount() {
    return enrolmentsByUrn.values().stream().mapToInt(List::size).sum();
  }

  public Map<String, List<Enrolment>> byUrn() {
    return enrolmentsByUrn;
  }
}
