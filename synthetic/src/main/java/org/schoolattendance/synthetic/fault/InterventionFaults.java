package org.schoolattendance.synthetic.fault;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.schoolattendance.synthetic.io.Csv;

/**
 * Spoils single rows of an intervention log, as hand-kept logs are: a mistyped UPN, or an outcome
 * note beginning with a formula character (a bullet "- ", "+ ", an "@" mention). The file is
 * re-printed in the same dialect, so untouched rows keep their exact bytes.
 */
final class InterventionFaults {

  private static final int UPN = 0;
  private static final int NOTES = 9;

  /** The rewritten log and the faults it carries (none when no row was hit). */
  record Corrupted(List<Fault> faults, String csv) {}

  private final FormulaPrefix prefixes;
  private int injected;

  InterventionFaults(FormulaPrefix prefixes) {
    this.prefixes = prefixes;
  }

  Corrupted inject(String file, String csv, double rowRate, SplittableRandom rng)
      throws IOException {
    List<Fault> faults = new ArrayList<>();
    StringWriter out = new StringWriter();
    try (CSVParser parser = CSVParser.parse(new StringReader(csv), Csv.FORMAT);
        CSVPrinter printer = new CSVPrinter(out, Csv.FORMAT)) {
      LineCounter lines = new LineCounter(csv);
      for (CSVRecord record : parser) {
        String[] values = record.values();
        if (record.getRecordNumber() > 1 && rng.nextDouble() < rowRate) {
          int line = lines.lineAt(record.getCharacterPosition());
          faults.add(spoil(file, line, values));
        }
        printer.printRecord((Object[]) values);
      }
    }
    return new Corrupted(faults, out.toString());
  }

  private Fault spoil(String file, int line, String[] values) {
    if (injected++ % 2 == 0) {
      values[UPN] = UpnTypo.wrongCheckLetter(values[UPN]);
      return new Fault(file, FaultKind.MALFORMED_UPN, line, "upn with a wrong check letter");
    }
    char prefix = prefixes.take();
    String notes = values[NOTES] == null ? "" : values[NOTES];
    values[NOTES] = prefix + " " + (notes.isEmpty() ? "follow up next week" : notes);
    return new Fault(
        file,
        FaultKind.FORMULA_PREFIX,
        line,
        FaultKind.Outcome.LOADED_AND_FLAGGED,
        FormulaPrefix.detail("notes", prefix));
  }

  /** 1-based line numbers of character positions, for records that span lines. */
  private static final class LineCounter {
    private final String text;
    private int position;
    private int line = 1;

    LineCounter(String text) {
      this.text = text;
    }

    int lineAt(long characterPosition) {
      for (; position < characterPosition; position++) {
        if (text.charAt(position) == '\n') {
          line++;
        }
      }
      return line;
    }
  }
}
