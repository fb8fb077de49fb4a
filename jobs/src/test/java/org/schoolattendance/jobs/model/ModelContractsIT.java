package org.schoolattendance.jobs.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schoolattendance.jobs.model.ModelledWarehouse.single;

import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.schoolattendance.sql.contract.ContractCatalog;
import org.schoolattendance.sql.contract.ContractRunner;
import org.schoolattendance.sql.model.ModelCatalog;

/**
 * Runs every model's contract on a generated LA modelled by the packaged jar, and reconciles the
 * marts with the raw register rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelContractsIT {

  private ModelledWarehouse warehouse;

  @BeforeAll
  void generateIngestAndModel() throws Exception {
    warehouse = ModelledWarehouse.get();
  }

  @Test
  void theModelCommandBuildsEveryModelAndEveryContractHolds() {
    assertThat(warehouse.modelExit()).as(warehouse.modelOutput()).isZero();
    assertThat(warehouse.modelOutput()).contains("Every contract holds.").contains("total");
  }

  @Test
  void everyContractHoldsWhenRunInProcess() throws Exception {
    try (Connection connection = warehouse.open()) {
      assertThat(
              ContractRunner.run(
                  connection, ContractCatalog.fromClasspath(ModelCatalog.fromClasspath())))
          .isEmpty();
    }
  }

  @Test
  void everyRegisterRowIsOneSessionAndPossibleSessionsMatchTheCodeTable() throws Exception {
    try (Connection connection = warehouse.open();
        Statement sql = connection.createStatement()) {
      long rawMarks = single(sql, "select count(*) from raw_mark");
      assertThat(single(sql, "select count(*) from fct_session where not is_missing_mark"))
          .isEqualTo(rawMarks - single(sql, "select count(*) from raw_mark where mark is null"));
      // Possible sessions straight from the raw marks and the code table, without the models
      long possibleFromRaw =
          single(
              sql,
              "select count(*) from raw_mark join seed_attendance_code c on c.code = raw_mark.mark"
                  + " and raw_mark.session_date between c.valid_from and c.valid_to"
                  + " where c.is_possible");
      assertThat(single(sql, "select sum(possible_sessions) from mart_school_term"))
          .isEqualTo(possibleFromRaw);
      assertThat(
              single(
                  sql,
                  "select sum(possible_sessions) from mart_enrolment_period"
                      + " where period_type = 'academic_year'"))
          .isEqualTo(possibleFromRaw);
    }
  }

  @Test
  void censusTermlyTotalsAgreeWithTheRegisterForEveryPupilInBoth() throws Exception {
    try (Connection connection = warehouse.open();
        Statement sql = connection.createStatement()) {
      assertThat(
              single(
                  sql,
                  "select count(*) from mart_census_reconciliation"
                      + " where mismatch = 'totals_differ'"))
          .isZero();
      assertThat(single(sql, "select sum(census_pupils) from mart_school_census_reconciliation"))
          .isEqualTo(
              single(
                  sql,
                  "select count(*) from (select distinct urn, upn, academic_year, term"
                      + " from raw_census_attendance)"));
    }
  }
}
