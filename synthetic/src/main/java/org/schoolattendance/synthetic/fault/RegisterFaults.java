package org.schoolattendance.synthetic.fault;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Corrupts one register export held as lines (line 1 the preamble, line 2 the header). Every kind
 * touches exactly one row, except {@code many_bad_rows}, which spoils one row in twelve.
 */
final class RegisterFaults {

  static final FaultKind[] KINDS = {
    FaultKind.UNKNOWN_CODE,
    FaultKind.DUPLICATE_EXACT,
    FaultKind.DUPLICATE_CONFLICTING,
    FaultKind.DATE_OUTSIDE_TERM,
    FaultKind.DATE_OUTSIDE_ENROLMENT,
    FaultKind.MALFORMED_UPN,
    FaultKind.FORMULA_PREFIX,
    FaultKind.MANY_BAD_ROWS,
    FaultKind.NON_UTF8
  };

  private static final int UPN = 1;
  private static final int ADMISSION = 2;
  private static final int DATE = 4;
  private static final int MARK = 6;
  private static final int MINUTES = 7;
  private static final String UNKNOWN_MARK = "Q9";
  private static final int MANY_BAD_EVERY = 12;

  /** The corrupted file's bytes and the fault they carry. */
  record Corrupted(Fault fault, byte[] bytes) {}

  private final FormulaPrefix prefixes;

  RegisterFaults(FormulaPrefix prefixes) {
    this.prefixes = prefixes;
  }

  Corrupted inject(String file, List<String> lines, FaultKind kind, SplittableRandom rng) {
    int line = 3 + rng.nextInt(lines.size() - 2);
    String[] row = cells(lines, line);
    switch (kind) {
      case UNKNOWN_CODE -> {
        setMark(row, UNKNOWN_MARK);
        return replaced(file, lines, line, row, kind, "mark " + UNKNOWN_MARK);
      }
      case MALFORMED_UPN -> {
        row[UPN] = UpnTypo.wrongCheckLetter(row[UPN]);
        return replaced(file, lines, line, row, kind, "upn with a wrong check letter");
      }
      case FORMULA_PREFIX -> {
        char prefix = prefixes.take();
        setMark(row, prefix + (prefix == '@' ? "SUM(1+2)" : "1+2"));
        return replaced(file, lines, line, row, kind, FormulaPrefix.detail("mark", prefix));
      }
      case DATE_OUTSIDE_TERM -> {
        return dateInSummerHoliday(file, lines, line);
      }
      case DATE_OUTSIDE_ENROLMENT -> {
        row[DATE] = LocalDate.parse(row[ADMISSION]).minusYears(1).toString();
        return replaced(file, lines, line, row, kind, "date one year before admission");
      }
      case DUPLICATE_EXACT -> {
        lines.add(line, lines.get(line - 1));
        return utf8(new Fault(file, kind, line + 1, "copy of line " + line), lines);
      }
      case DUPLICATE_CONFLICTING -> {
        setMark(row, row[MARK].equals("O") ? "I" : "O");
        lines.add(line, String.join(",", row));
        return utf8(new Fault(file, kind, line + 1, "second mark for line " + line), lines);
      }
      case MANY_BAD_ROWS -> {
        return manyBadRows(file, lines, rng.nextInt(MANY_BAD_EVERY));
      }
      case NON_UTF8 -> {
        return new Corrupted(
            new Fault(file, kind, line, "byte 0xFF in the mark"), withBadByte(lines, line));
      }
      default -> throw new IllegalArgumentException("not a register fault: " + kind);
    }
  }

  /**
   * Re-dates a row to 15 August before its academic year: a holiday, yet inside the enrolment.
   * Starts at {@code line} and takes the first row (wrapping round) whose pupil was admitted by
   * then; if none was, the row gets an unknown code instead.
   */
  private static Corrupted dateInSummerHoliday(String file, List<String> lines, int line) {
    int rows = lines.size() - 2;
    for (int i = 0; i < rows; i++) {
      int candidate = 3 + (line - 3 + i) % rows;
      String[] row = cells(lines, candidate);
      LocalDate date = LocalDate.parse(row[DATE]);
      int yearStart = date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
      LocalDate holiday = LocalDate.of(yearStart, 8, 15);
      if (!LocalDate.parse(row[ADMISSION]).isAfter(holiday)) {
        row[DATE] = holiday.toString();
        return replaced(
            file, lines, candidate, row, FaultKind.DATE_OUTSIDE_TERM, "date in summer holiday");
      }
    }
    String[] row = cells(lines, line);
    setMark(row, UNKNOWN_MARK);
    return replaced(file, lines, line, row, FaultKind.UNKNOWN_CODE, "mark " + UNKNOWN_MARK);
  }

  private static Corrupted manyBadRows(String file, List<String> lines, int offset) {
    int bad = 0;
    for (int i = 2 + offset; i < lines.size(); i += MANY_BAD_EVERY) {
      String[] row = lines.get(i).split(",", -1);
      setMark(row, UNKNOWN_MARK);
      lines.set(i, String.join(",", row));
      bad++;
    }
    String detail = bad + " rows with unknown mark " + UNKNOWN_MARK;
    return utf8(new Fault(file, FaultKind.MANY_BAD_ROWS, 0, detail), lines);
  }

  private static String[] cells(List<String> lines, int line) {
    return lines.get(line - 1).split(",", -1);
  }

  private static void setMark(String[] row, String mark) {
    row[MARK] = mark;
    row[MINUTES] = "";
  }

  private static Corrupted replaced(
      String file, List<String> lines, int line, String[] row, FaultKind kind, String detail) {
    lines.set(line - 1, String.join(",", row));
    return utf8(new Fault(file, kind, line, detail), lines);
  }

  private static Corrupted utf8(Fault fault, List<String> lines) {
    return new Corrupted(fault, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** The lines as UTF-8, except that one row's mark is the single byte 0xFF. */
  private static byte[] withBadByte(List<String> lines, int line) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i);
      if (i == line - 1) {
        String[] row = text.split(",", -1);
        setMark(row, "\u0000");
        text = String.join(",", row);
      }
      for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
        out.write(b == 0 ? 0xFF : b);
      }
      out.write('\n');
    }
    return out.toByteArray();
  }
}
