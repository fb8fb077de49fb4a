package org.schoolattendance.synthetic.fault;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVPrinter;
import org.schoolattendance.synthetic.io.Csv;
import org.schoolattendance.synthetic.io.OutputFiles;
import org.schoolattendance.synthetic.random.Seeds;

/**
 * Corrupts a share of the written files after the fact, one fault per chosen file, and records each
 * fault with the outcome ingest should reach. Which files and which rows are hit depends only on
 * the seed and the file name.
 */
public final class FaultInjector {

  /** A fault kind and the outcome class ingest should produce for it. */
  public enum Kind {
    UNKNOWN_CODE("row_quarantined"),
    DUPLICATE_EXACT("loaded_and_flagged"),
    DUPLICATE_CONFLICTING("row_quarantined"),
    DATE_OUTSIDE_TERM("row_quarantined"),
    DATE_OUTSIDE_ENROLMENT("row_quarantined"),
    MALFORMED_UPN("row_quarantined"),
    FORMULA_PREFIX("row_quarantined"),
    MANY_BAD_ROWS("file_rejected"),
    NON_UTF8("file_rejected"),
    TRUNCATED_XML("file_rejected"),
    XML_EXTERNAL_ENTITY("file_rejected");

    final String outcome;

    Kind(String outcome) {
      this.outcome = outcome;
    }

    public String csv() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  record Fault(String file, Kind kind, int line, String detail) {}

  private static final Kind[] REGISTER_KINDS = {
    Kind.UNKNOWN_CODE,
    Kind.DUPLICATE_EXACT,
    Kind.DUPLICATE_CONFLICTING,
    Kind.DATE_OUTSIDE_TERM,
    Kind.DATE_OUTSIDE_ENROLMENT,
    Kind.MALFORMED_UPN,
    Kind.FORMULA_PREFIX,
    Kind.MANY_BAD_ROWS,
    Kind.NON_UTF8
  };

  private final long seed;
  private final double rate;
  private final List<Fault> faults = new ArrayList<>();

  public FaultInjector(long seed, double rate) {
    this.seed = seed;
    this.rate = rate;
  }

  public int count() {
    return faults.size();
  }

  private SplittableRandom rngFor(String relative) {
    return Seeds.stream(seed, Seeds.tag("faults"), Seeds.tag(relative));
  }

  /** Maybe corrupts one register export (already written at {@code root/relative}). */
  public void register(Path root, String relative) throws IOException {
    if (rate <= 0) {
      return;
    }
    SplittableRandom rng = rngFor(relative);
    if (rng.nextDouble() >= rate) {
      return;
    }
    Path path = root.resolve(relative);
    List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    if (lines.size() < 4) {
      return;
    }
    Kind kind = REGISTER_KINDS[rng.nextInt(REGISTER_KINDS.length)];
    int line = 3 + rng.nextInt(lines.size() - 2);
    String[] f = lines.get(line - 1).split(",", -1);
    switch (kind) {
      case UNKNOWN_CODE -> {
        f[6] = "Q9";
        f[7] = "";
      }
      case MALFORMED_UPN -> f[1] = wrongCheckLetter(f[1]);
      case DATE_OUTSIDE_TERM -> f[4] = f[4].substring(0, 5) + "08-15";
      case DATE_OUTSIDE_ENROLMENT -> f[4] = minusYears(f[2], 1);
      case FORMULA_PREFIX -> {
        f[6] = "=1+2";
        f[7] = "";
      }
      default -> {}
    }
    String detail = kind.csv();
    switch (kind) {
      case DUPLICATE_EXACT -> {
        lines.add(line, lines.get(line - 1));
        line = line + 1;
      }
      case DUPLICATE_CONFLICTING -> {
        f[6] = f[6].equals("O") ? "I" : "O";
        f[7] = "";
        lines.add(line, String.join(",", f));
        line = line + 1;
      }
      case MANY_BAD_ROWS -> {
        int bad = 0;
        for (int i = 2; i < lines.size(); i++) {
          if (rng.nextDouble() < 0.08) {
            String[] g = lines.get(i).split(",", -1);
            g[6] = "Q9";
            g[7] = "";
            lines.set(i, String.join(",", g));
            bad++;
          }
        }
        detail = bad + " rows with unknown code Q9";
        line = 0;
      }
      case NON_UTF8 -> {
        faults.add(new Fault(relative, kind, line, "byte 0xFF in mark"));
        writeWithBadByte(path, lines, line);
        return;
      }
      default -> lines.set(line - 1, String.join(",", f));
    }
    faults.add(new Fault(relative, kind, line, detail));
    Files.write(path, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** Maybe corrupts one census file: truncated, or carrying an external-entity DOCTYPE. */
  public void census(Path root, String relative) throws IOException {
    if (rate <= 0) {
      return;
    }
    SplittableRandom rng = rngFor(relative);
    if (rng.nextDouble() >= rate) {
      return;
    }
    Path path = root.resolve(relative);
    String xml = Files.readString(path, StandardCharsets.UTF_8);
    if (rng.nextBoolean()) {
      Files.writeString(path, xml.substring(0, xml.length() / 2), StandardCharsets.UTF_8);
      faults.add(new Fault(relative, Kind.TRUNCATED_XML, 0, "cut at half length"));
    } else {
      String doctype = "<!DOCTYPE SchoolCensus [<!ENTITY ext SYSTEM \"file:///etc/passwd\">]>\n";
      int at = xml.indexOf('\n') + 1;
      String withEntity =
          xml.substring(0, at)
              + doctype
              + xml.substring(at).replaceFirst("<SoftwareCode>SYNTHETIC", "<SoftwareCode>&ext;");
      Files.writeString(path, withEntity, StandardCharsets.UTF_8);
      faults.add(new Fault(relative, Kind.XML_EXTERNAL_ENTITY, 0, "DOCTYPE with SYSTEM entity"));
    }
  }

  public void writeTruth(OutputFiles files) throws IOException {
    try (Writer w = files.open("truth", "truth/faults.csv");
        CSVPrinter p = Csv.printer(w, "file", "kind", "line", "expected_outcome", "detail")) {
      for (Fault f : faults) {
        p.printRecord(
            f.file(),
            f.kind().csv(),
            f.line() == 0 ? null : f.line(),
            f.kind().outcome,
            f.detail());
      }
    }
  }

  private static String wrongCheckLetter(String upn) {
    char c = upn.charAt(0);
    return (c == 'A' ? 'B' : 'A') + upn.substring(1);
  }

  private static String minusYears(String isoDate, int years) {
    return java.time.LocalDate.parse(isoDate).minusYears(years).toString();
  }

  private static void writeWithBadByte(Path path, List<String> lines, int line) throws IOException {
    try (var out = Files.newOutputStream(path)) {
      for (int i = 0; i < lines.size(); i++) {
        byte[] b = lines.get(i).getBytes(StandardCharsets.UTF_8);
        if (i == line - 1) {
          int comma = lines.get(i).lastIndexOf(',');
          int markComma = lines.get(i).lastIndexOf(',', comma - 1);
          out.write(b, 0, markComma + 1);
          out.write(0xFF);
          out.write(b, comma, b.length - comma);
        } else {
          out.write(b);
        }
        out.write('\n');
      }
    }
  }
}
