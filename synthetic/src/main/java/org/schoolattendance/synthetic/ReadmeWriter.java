package org.schoolattendance.synthetic;

import java.io.IOException;
import java.io.Writer;
import org.schoolattendance.synthetic.io.OutputFiles;

/** Writes README.txt into the output folder. */
final class ReadmeWriter {

  private ReadmeWriter() {}

  static void write(OutputFiles files, GeneratorOptions o, int schools, int pupils)
      throws IOException {
    try (Writer w = files.open("readme", "README.txt")) {
      w.write(
          """
          SYNTHETIC DATA - NOT REAL PUPILS OR SCHOOLS
          ===========================================

          Every file in this folder was produced by the attendance warehouse's synthetic LA
          generator. Names, UPNs, dates of birth, schools, postcodes and e-mail addresses are
          invented; any resemblance to real people or schools is coincidence. The e-mail domain
          .sch.example is reserved and never delivers mail.

          """);
      w.write("LA code:        " + o.laCode() + "\n");
      w.write("Schools:        " + schools + "\n");
      w.write("Pupils:         " + pupils + " (distinct children over the window)\n");
      w.write("Academic years: " + o.years() + ", ending at " + o.asOf() + "\n");
      w.write("Seed:           " + o.seed() + "\n");
      w.write("Fault rate:     " + o.faultRate() + "\n");
      w.write(
          "Planted effect: "
              + (o.noEffect() ? "none (--no-effect)" : o.effects().describe())
              + "\n");
      w.write(
          """

          Layout (formats: docs/formats.md in the project):
            schools.csv                         one row per school
            calendar/calendar-YYYY-YY.csv       terms, half-terms, bank holidays, INSET, closures
            census/census-URN-YYYY-TERM.xml     termly school census returns
            register/register-URN-STAMP.csv     half-termly register exports (+ corrections)
            interventions/interventions-DATE.csv  contacts, letters and legal steps per year
            truth/                              what the generator planted; never loaded by ingest
          """);
    }
  }
}
