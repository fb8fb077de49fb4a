package org.schoolattendance.transform.cluster;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.schoolattendance.transform.impact.PlantedEffectLa;
import org.schoolattendance.transform.subgroup.EnrolmentPeriodSnapshot;
import org.schoolattendance.transform.trend.MartSchoolTermFixture;

/**
 * A snapshot that gives every transform something to do: the school-term fixture (LA trend), the
 * pseudo-random term and year rows of {@code fixtures/enrolment_period.sql} (subgroup trends and
 * bands), and a small planted-effect LA's month and week rows and contacts (impact study), keyed
 * apart from the former.
 */
final class ClusterFixture {

  static final int IMPACT_PUPILS = 150;
  private static final int FIRST_IMPACT_PUPIL = 100_001;

  private ClusterFixture() {}

  static void write(SparkSession spark, Path snapshot) throws Exception {
    try (Connection duckDb = DriverManager.getConnection("jdbc:duckdb:")) {
      EnrolmentPeriodSnapshot.create(duckDb);
      EnrolmentPeriodSnapshot.export(duckDb, snapshot);
    }
    PlantedEffectLa la = new PlantedEffectLa(IMPACT_PUPILS, FIRST_IMPACT_PUPIL);
    la.enrolmentPeriod(spark)
        .write()
        .mode(SaveMode.Append)
        .partitionBy("year_key")
        .parquet(snapshot.resolve("mart_enrolment_period").toString());
    la.fctContact(spark)
        .withColumn(
            "year_key",
            org.apache.spark.sql.functions.expr(
                "concat(year(add_months(contact_date, -8)), '-',"
                    + " lpad(cast((year(add_months(contact_date, -8)) + 1) % 100 as string), 2,"
                    + " '0'))"))
        .write()
        .partitionBy("year_key")
        .parquet(snapshot.resolve("fct_contact").toString());
    MartSchoolTermFixture.threeSchoolsTwoTerms(spark)
        .coalesce(1)
        .write()
        .parquet(snapshot.resolve("mart_school_term.parquet").toString());
  }
}
