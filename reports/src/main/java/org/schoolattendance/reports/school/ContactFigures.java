package org.schoolattendance.reports.school;

import java.sql.SQLException;
import java.util.List;
import org.schoolattendance.reports.query.WarehouseQuery;

/** Contacts with families logged for the school in the period ({@code fct_contact}), by mode. */
record ContactFigures(List<ContactFigures.Mode> modes) {

  /** One contact mode: contacts made and different pupils they concerned. */
  record Mode(String mode, long contacts, long pupils) {}

  static ContactFigures load(
      WarehouseQuery query, SchoolInfo school, MartPeriod period, java.time.LocalDate start)
      throws SQLException {
    return new ContactFigures(
        query.list(
            "select contact_mode, count(*), count(distinct pupil_key) from fct_contact"
                + " where urn = ? and contact_date between ? and ? group by contact_mode"
                + " order by count(*) desc, contact_mode",
            row -> new Mode(row.getString(1), row.getLong(2), row.getLong(3)),
            school.urn(),
            start,
            period.end()));
  }

  long contacts() {
    return modes.stream().mapToLong(Mode::contacts).sum();
  }
}
