package org.schoolattendance.synthetic.register;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import org.schoolattendance.synthetic.calendar.SchoolTimeline;
import org.schoolattendance.synthetic.io.OutputFiles;
import org.schoolattendance.synthetic.population.Enrolment;

/**
 * Writes one register export CSV: a preamble line, the header, then one row per on-roll pupil per
 * register session in the covered days, sorted by UPN, date, session. Hand-formatted for speed: no
 * value ever needs quoting.
 */
public final class RegisterExportWriter {

  public static final String HEADER =
      "urn,upn,admission_date,leaving_date,date,session,mark,minutes_late";

  private final SchoolTimeline timeline;
  private final String[] dateText;

  public RegisterExportWriter(SchoolTimeline timeline) {
    this.timeline = timeline;
    this.dateText = new String[timeline.size()];
    for (int i = 0; i < dateText.length; i++) {
      dateText[i] = timeline.date(i).toString();
    }
  }

  /** Writes the export and returns the number of data rows. */
  public long write(OutputFiles files, RegisterExport export, List<EnrolmentTrack> tracks)
      throws IOException {
    LocalDate exportDate = export.exportedAt().toLocalDate();
    long rows = 0;
    try (Writer w = files.open("register", export.fileName())) {
      w.write(
          "# register export; urn="
              + export.urn()
              + "; exported_at="
              + export.exportedAtText()
              + "; period_start="
              + dateText[export.firstDay()]
              + "; period_end="
              + dateText[export.lastDay()]
              + "; synthetic=true\n");
      w.write(HEADER);
      w.write('\n');
      StringBuilder line = new StringBuilder(96);
      for (EnrolmentTrack t : tracks) {
        int from = Math.max(export.firstDay(), t.firstDay());
        int to = Math.min(export.lastDay(), t.lastDay());
        if (from > to) {
          continue;
        }
        Enrolment e = t.enrolment();
        String prefix =
            export.urn()
                + ","
                + e.pupil().upn()
                + ","
                + e.admission()
                + ","
                + (e.leaving() != null && !e.leaving().isAfter(exportDate) ? e.leaving() : "")
                + ",";
        for (int day = from; day <= to; day++) {
          LocalDate date = timeline.date(day);
          for (int s = 0; s < 2; s++) {
            boolean pm = s == 1;
            Mark m = t.markAsExported(day, pm, exportDate);
            line.setLength(0);
            line.append(prefix).append(dateText[day]).append(pm ? ",PM," : ",AM,");
            line.append(m.code(!pm, date)).append(',');
            if (m == Mark.LATE || m == Mark.LATE_AFTER_CLOSE) {
              line.append(t.minutesLate(day, pm));
            }
            line.append('\n');
            w.append(line);
            rows++;
          }
        }
      }
    }
    return rows;
  }
}
