package org.schoolattendance.sql.model;

/**
 * How a model is stored. Staging models only rename and cast, so they are views over the raw tables
 * and cost nothing to build; every later layer is a table.
 */
public enum Materialisation {
  VIEW,
  TABLE;

  static Materialisation forLayer(String layer) {
    return layer.equals("staging") ? VIEW : TABLE;
  }

  String createStatement(String name, String sql) {
    return "create or replace "
        + name().toLowerCase(java.util.Locale.ROOT)
        + " "
        + name
        + " as\n"
        + sql;
  }
}
