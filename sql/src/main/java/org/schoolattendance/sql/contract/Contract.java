package org.schoolattendance.sql.contract;

import java.util.List;

/**
 * What a model promises: its grain in words, the columns that identify a row, each column's meaning
 * with its checks, and invariants written as queries that must return no rows. A macro's contract
 * also gives how it is called ({@code macro: name(argument TYPE)}); its grain says what it returns.
 */
public record Contract(
    String model,
    String grain,
    List<String> uniqueKey,
    List<Column> columns,
    List<DataTest> tests,
    String macroCall) {

  public boolean isMacro() {
    return macroCall != null;
  }

  /** A column's meaning, unit and source, and checks such as {@code not_null}. */
  public record Column(
      String name, String meaning, String unit, String source, List<String> checks) {}
}
