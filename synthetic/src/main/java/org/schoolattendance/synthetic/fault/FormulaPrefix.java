package org.schoolattendance.synthetic.fault;

/**
 * The characters that make a spreadsheet read a cell as a formula, taken in turn so that a run with
 * a handful of formula faults shows every one.
 */
final class FormulaPrefix {

  private static final char[] PREFIXES = {'=', '+', '-', '@'};

  private int next;

  char take() {
    return PREFIXES[next++ % PREFIXES.length];
  }

  static String detail(String cell, char prefix) {
    return cell + " begins with '" + prefix + "'";
  }
}
