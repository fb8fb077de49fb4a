package org.schoolattendance.sql.model;

import java.util.Locale;

/**
 * How a model is stored. Staging models only rename and cast, so they are views over the raw tables
 * and cost nothing to build; so is any model whose SQL says {@code -- materialise: view} (a filter
 * or union read once by each model that uses it). A file in {@code macros/} is a DuckDB macro: its
 * SQL is the whole {@code create or replace macro} statement, so measures are defined once and
 * shared by the models and by queries such as a year to date at any date. Every other model is a
 * table.
 */
public enum Materialisation {
  VIEW,
  TABLE,
  MACRO;

  static final String VIEW_MARKER = "-- materialise: view";
  static final String MACRO_LAYER = "macros";

  static Materialisation of(String layer, String sql) {
    if (layer.equals(MACRO_LAYER)) {
      return MACRO;
    }
    return layer.equals("staging") || sql.contains(VIEW_MARKER) ? VIEW : TABLE;
  }

  String createStatement(String name, String sql) {
    if (this == MACRO) {
      return sql;
    }
    return "create or replace " + name().toLowerCase(Locale.ROOT) + " " + name + " as\n" + sql;
  }
}
