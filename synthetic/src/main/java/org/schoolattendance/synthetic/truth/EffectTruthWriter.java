package org.schoolattendance.synthetic.truth;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.csv.CSVPrinter;
import org.schoolattendance.synthetic.calendar.AcademicYear;
import org.schoolattendance.synthetic.io.Csv;
import org.schoolattendance.synthetic.io.OutputFiles;
import org.schoolattendance.synthetic.register.AttendanceLedger;
import org.schoolattendance.synthetic.register.EnrolmentTrack;
import org.schoolattendance.synthetic.register.Treatment;

/**
 * Writes {@code truth/effect.csv}: for every enrolment with a planted treatment, one row per
 * calendar month with possible sessions from three months before the first in-person contact on,
 * giving counterfactual and actual attended sessions and the realised effect. Also keeps
 * sessions-weighted totals by phase group and relative month for {@code effect-summary.csv}.
 */
public final class EffectTruthWriter implements AutoCloseable {

  static final String[] HEADER = {
    "upn",
    "urn",
    "first_contact_date",
    "age_group",
    "month",
    "relative_month",
    "possible_sessions",
    "counterfactual_attended",
    "actual_attended",
    "counterfactual_rate",
    "actual_rate",
    "effect_points",
    "planted_points"
  };

  private final CSVPrinter out;
  private final OutputFiles files;
  private final SortedMap<String, long[]> summary = new TreeMap<>();
  private int treated;

  public EffectTruthWriter(OutputFiles files) throws IOException {
    this.files = files;
    Writer w = files.open("truth", "truth/effect.csv");
    this.out = Csv.printer(w, HEADER);
  }

  public void add(String urn, List<EnrolmentTrack> tracks) throws IOException {
    for (EnrolmentTrack t : tracks) {
      Treatment tr = t.treatment();
      if (tr == null) {
        continue;
      }
      treated++;
      AttendanceLedger l = t.ledger();
      int contactMonth = AttendanceLedger.monthKey(tr.start()) - l.firstMonth();
      boolean secondary =
          t.enrolment().pupil().ncYear(AcademicYear.containing(tr.start()).startYear()) >= 7;
      String group = secondary ? "secondary" : "primary";
      for (int m = Math.max(0, contactMonth - 3); m < l.months(); m++) {
        int possible = l.monthPossible(m);
        if (possible == 0) {
          continue;
        }
        int cf = l.monthCounterfactualAttended(m);
        int actual = l.monthAttended(m);
        int key = l.firstMonth() + m;
        LocalDate mid = LocalDate.of(key / 12, key % 12 + 1, 15);
        int rel = m - contactMonth;
        out.printRecord(
            t.enrolment().pupil().upn(),
            urn,
            tr.start().toString(),
            group,
            String.format(Locale.ROOT, "%04d-%02d", key / 12, key % 12 + 1),
            rel,
            possible,
            cf,
            actual,
            rate(cf, possible),
            rate(actual, possible),
            String.format(Locale.ROOT, "%.4f", 100.0 * (actual - cf) / possible),
            String.format(Locale.ROOT, "%.4f", tr.plantedPoints(mid)));
        long[] s =
            summary.computeIfAbsent(
                group + "|" + String.format(Locale.ROOT, "%+03d", rel), k -> new long[4]);
        s[0]++;
        s[1] += possible;
        s[2] += cf;
        s[3] += actual;
      }
    }
  }

  private static String rate(int attended, int possible) {
    return String.format(Locale.ROOT, "%.4f", 100.0 * attended / possible);
  }

  public int treatedEnrolments() {
    return treated;
  }

  @Override
  public void close() throws IOException {
    out.close();
    try (Writer w = files.open("truth", "truth/effect-summary.csv");
        CSVPrinter p =
            Csv.printer(
                w,
                "age_group",
                "relative_month",
                "pupil_months",
                "possible_sessions",
                "counterfactual_attended",
                "actual_attended",
                "effect_points")) {
      for (var e : summary.entrySet()) {
        String[] k = e.getKey().split("\\|");
        long[] s = e.getValue();
        p.printRecord(
            k[0],
            Integer.parseInt(k[1]),
            s[0],
            s[1],
            s[2],
            s[3],
            String.format(Locale.ROOT, "%.4f", 100.0 * (s[3] - s[2]) / s[1]));
      }
    }
  }
}
