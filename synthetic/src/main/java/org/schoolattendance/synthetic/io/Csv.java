package org.schoolattendance.synthetic.io;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/** The project's CSV dialect: comma, LF, quotes only when needed, empty cell for null. */
public final class Csv {

  public static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setRecordSeparator("\n")
          .setQuoteMode(QuoteMode.MINIMAL)
          .setNullString("")
          .get();

  private Csv() {}

  public static CSVPrinter printer(Writer out, String... header) throws IOException {
    CSVPrinter p = new CSVPrinter(out, FORMAT);
    p.printRecord((Object[]) header);
    return p;
  }
}
