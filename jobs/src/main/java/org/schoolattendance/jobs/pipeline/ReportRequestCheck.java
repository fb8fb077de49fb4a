package org.schoolattendance.jobs.pipeline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.schoolattendance.reports.pack.PackRequest;

/**
 * Checks a report request against the warehouse before anything is rendered, so a mistyped term or
 * URN, or a warehouse without models, ends in one line that says what to do.
 */
final class ReportRequestCheck {

  private final Connection warehouse;

  ReportRequestCheck(Connection warehouse) {
    this.warehouse = warehouse;
  }

  void check(PackRequest request) throws SQLException {
    if (!tableExists("mart_school_term") || !tableExists("dim_school")) {
      throw failure(
          "nothing to report yet: the warehouse has no models; run ingest and model first (or"
              + " demo)");
    }
    List<String> terms = strings("select distinct term_id from mart_school_term order by 1");
    if (terms.isEmpty()) {
      throw failure("nothing to report yet: no term has figures; load register marks first");
    }
    if (request.termId() != null && !terms.contains(request.termId())) {
      throw failure(
          "no figures for term "
              + request.termId()
              + "; give a term such as "
              + terms.get(terms.size() - 1)
              + " (terms with figures: "
              + String.join(", ", terms)
              + ")");
    }
    if (request.onlyUrn() != null
        && strings("select urn from dim_school where urn = ?", request.onlyUrn()).isEmpty()) {
      throw failure(
          "no school with URN " + request.onlyUrn() + " in the school directory (dim_school)");
    }
  }

  private boolean tableExists(String table) throws SQLException {
    return !strings("select table_name from information_schema.tables where table_name = ?", table)
        .isEmpty();
  }

  private List<String> strings(String sql, String... parameters) throws SQLException {
    List<String> values = new ArrayList<>();
    try (PreparedStatement query = warehouse.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setString(i + 1, parameters[i]);
      }
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
    }
    return values;
  }

  private static StageFailedException failure(String reason) {
    return new StageFailedException("report", reason, null);
  }
}
