package org.schoolattendance.sql.model;

import java.util.Set;

/** One SQL model: a SELECT materialised as the table (or view) of the same name. */
public record Model(String name, String layer, String sql, Set<String> dependencies) {

  public Materialisation materialisation() {
    return Materialisation.of(layer, sql);
  }
}
