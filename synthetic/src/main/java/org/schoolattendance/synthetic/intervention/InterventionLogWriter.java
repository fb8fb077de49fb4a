package org.schoolattendance.synthetic.intervention;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.csv.CSVPrinter;
import org.schoolattendance.synthetic.calendar.AcademicYear;
import org.schoolattendance.synthetic.calendar.TermName;
import org.schoolattendance.synthetic.calendar.YearCalendar;
import org.schoolattendance.synthetic.io.Csv;
import org.schoolattendance.synthetic.io.OutputFiles;

/**
 * Collects every school's intervention records and writes one log per academic year, named by the
 * last day it covers (end of the summer term, or the as-of date in the current year).
 */
public final class InterventionLogWriter {

  public static final String[] HEADER = {
    "upn",
    "urn",
    "date",
    "type",
    "visitor_role",
    "staff_present",
    "risk_assessed",
    "reason",
    "outcome",
    "notes"
  };

  private final SortedMap<AcademicYear, List<InterventionRecord>> byYear = new TreeMap<>();

  public void add(List<InterventionRecord> records) {
    for (InterventionRecord r : records) {
      byYear.computeIfAbsent(AcademicYear.containing(r.date()), y -> new ArrayList<>()).add(r);
    }
  }

  public int count() {
    return byYear.values().stream().mapToInt(List::size).sum();
  }

  /** Writes the logs and returns their paths relative to the output folder. */
  public List<String> write(OutputFiles files, List<YearCalendar> calendars, LocalDate asOf)
      throws IOException {
    List<String> written = new ArrayList<>();
    for (YearCalendar cal : calendars) {
      LocalDate last = cal.term(TermName.SUMMER).end();
      if (last.isAfter(asOf)) {
        last = asOf;
      }
      if (cal.term(TermName.AUTUMN).start().isAfter(asOf)) {
        continue;
      }
      List<InterventionRecord> records =
          new ArrayList<>(byYear.getOrDefault(cal.year(), List.of()));
      records.sort(InterventionRecord.FILE_ORDER);
      String name = "interventions/interventions-" + last + ".csv";
      written.add(name);
      try (Writer w = files.open("interventions", name);
          CSVPrinter p = Csv.printer(w, HEADER)) {
        for (InterventionRecord r : records) {
          p.printRecord(
              r.upn(),
              r.urn(),
              r.date().toString(),
              r.type(),
              r.visitorRole(),
              r.staffPresent(),
              r.riskAssessed() ? "y" : "n",
              r.reason(),
              r.outcome(),
              r.notes().isEmpty() ? null : r.notes());
        }
      }
    }
    return written;
  }
}
