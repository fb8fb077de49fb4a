package org.schoolattendance.synthetic.calendar;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVPrinter;
import org.schoolattendance.synthetic.io.Csv;
import org.schoolattendance.synthetic.io.OutputFiles;

/** Writes {@code calendar/calendar-YYYY-YY.csv} for one academic year. */
public final class CalendarCsvWriter {

  public static final String[] HEADER = {
    "academic_year", "kind", "name", "start_date", "end_date", "urn"
  };

  private CalendarCsvWriter() {}

  public static void write(OutputFiles files, YearCalendar cal) throws IOException {
    String name = "calendar/calendar-" + cal.year().fileLabel() + ".csv";
    try (Writer w = files.open("calendar", name);
        CSVPrinter p = Csv.printer(w, HEADER)) {
      for (CalendarEvent e : cal.events()) {
        p.printRecord(
            e.year().label(),
            e.kind(),
            e.name(),
            e.start().toString(),
            e.end().toString(),
            e.urn());
      }
    }
  }
}
