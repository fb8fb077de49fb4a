package org.schoolattendance.synthetic.truth;

import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;
import org.schoolattendance.synthetic.io.Csv;
import org.schoolattendance.synthetic.io.OutputFiles;
import org.schoolattendance.synthetic.population.Pupil;

/** Writes {@code truth/pupils.csv}: the latent traits behind each pupil's attendance. */
public final class PupilTruthWriter {

  private PupilTruthWriter() {}

  public static void write(OutputFiles files, List<Pupil> pupils) throws IOException {
    try (Writer w = files.open("truth", "truth/pupils.csv");
        CSVPrinter p =
            Csv.printer(
                w,
                "upn",
                "ethnicity",
                "ever_fsm",
                "sen",
                "absence_propensity",
                "lateness",
                "unauthorised_share",
                "traveller_heritage")) {
      for (Pupil x : pupils.stream().sorted(Comparator.comparing(Pupil::upn)).toList()) {
        p.printRecord(
            x.upn(),
            x.ethnicity(),
            x.everFsm() ? "y" : "n",
            String.valueOf(x.sen()),
            String.format(Locale.ROOT, "%.5f", x.propensity()),
            String.format(Locale.ROOT, "%.5f", x.lateness()),
            String.format(Locale.ROOT, "%.4f", x.unauthorisedShare()),
            x.travellerHeritage() ? "y" : "n");
      }
    }
  }
}
