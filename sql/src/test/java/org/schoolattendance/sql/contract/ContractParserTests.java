package org.schoolattendance.sql.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContractParserTests {

  private static final String CONTRACT =
      """
      # a comment
      grain: one row per school per term
      unique: urn, term_id

      column urn
        meaning: School URN
        unit: code
        source: schools.csv
        checks: not_null, references dim_school.urn
      column phase
        meaning: Phase
        checks: accepted(primary, secondary)

      test overall_is_the_sum:
        select * from m
        where a + b <> c
      """;

  @Test
  void readsGrainKeyColumnsAndTests() {
    Contract contract = ContractParser.parse("m", CONTRACT);

    assertThat(contract.grain()).isEqualTo("one row per school per term");
    assertThat(contract.uniqueKey()).containsExactly("urn", "term_id");
    assertThat(contract.columns())
        .extracting(Contract.Column::name)
        .containsExactly("urn", "phase");
    assertThat(contract.columns().get(0).checks())
        .containsExactly("not_null", "references dim_school.urn");
    assertThat(contract.columns().get(1).checks()).containsExactly("accepted(primary, secondary)");
    assertThat(contract.tests())
        .containsExactly(
            new DataTest("m", "overall_is_the_sum", "select * from m\nwhere a + b <> c"));
  }

  @Test
  void turnsEveryCheckIntoAQueryThatReturnsTheBreakingRows() {
    List<DataTest> tests = ContractTests.of(ContractParser.parse("m", CONTRACT));

    assertThat(tests)
        .extracting(DataTest::sql)
        .containsExactly(
            "select urn, term_id from m group by all having count(*) > 1",
            "select * from m where urn is null",
            "select * from m as m where m.urn is not null and not exists (select 1 from dim_school"
                + " as t where t.urn = m.urn)",
            "select * from m where cast(phase as varchar) not in ('primary', 'secondary')",
            "select * from m\nwhere a + b <> c");
  }

  @Test
  void namesTheModelAndLineOfAMalformedContract() {
    assertThatThrownBy(() -> ContractParser.parse("m", "grain: x\nsomething odd\n"))
        .hasMessage("contract of m, line 2: unexpected line: something odd");
  }
}
