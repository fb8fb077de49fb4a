package org.schoolattendance.synthetic.school;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.schoolattendance.synthetic.io.Csv;
import org.schoolattendance.synthetic.io.OutputFiles;

/** Writes {@code schools.csv}. */
public final class SchoolsCsvWriter {

  public static final String[] HEADER = {
    "urn", "la_code", "estab", "school_name", "phase", "head_email", "clerk_email", "postcode"
  };

  private SchoolsCsvWriter() {}

  public static void write(OutputFiles files, List<School> schools) throws IOException {
    try (Writer w = files.open("schools", "schools.csv");
        CSVPrinter p = Csv.printer(w, HEADER)) {
      for (School s : schools) {
        p.printRecord(
            s.urn(),
            s.laCode(),
            s.estab(),
            s.name(),
            s.phase().csvName(),
            s.headEmail(),
            s.clerkEmail(),
            s.postcode());
      }
    }
  }
}
