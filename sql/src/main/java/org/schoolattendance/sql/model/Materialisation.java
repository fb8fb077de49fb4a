package org.schoolattendance.sql.model;

import java.util.Locale;

/**
 * How a model is stored. Staging models only rename and cast, so they are views over the raw tables
 * and cost nothing to build; so is any model whose SQL says {@code -- materialise: view} (a filter
 * or union read once by each model that uses it). Every other model is a table.
 */
public enum Materialisation {
  VIEW,
  TABLE;

  static final String VIEW_MARKER = "-- materialise: view";

  static Materialisation of(String layer, String sql) {
    return layer.equals("staging") || sql.contains(VIEW_MARKER) ? VIEW : TABLE;
  }

  String createStatement(String name, String sql) {
    return "create or replace " + name().toLowerCase(Locale.ROOT) + " " + name + " as\n" + sql;
  }
}
