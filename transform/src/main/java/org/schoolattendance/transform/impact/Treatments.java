package org.schoolattendance.transform.impact;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Who was treated when, per analysis: the first contact of the analysis's modes at the school of an
 * enrolment starts the clock (month 0); a per-mode analysis censors the pupil from the first
 * contact of another interactive mode (and drops pupils who had one before). The placebo gives a
 * share of never-contacted enrolments a pseudo contact date drawn from the real first in-person
 * dates.
 */
final class Treatments {

  static final List<String> INTERACTIVE_MODES =
      List.of("home_visit", "in_school_meeting", "phone", "video");

  /** The analyses: name, modes that start the clock, and whether other modes censor. */
  record Analysis(String name, List<String> modes, boolean censoredByOtherModes) {}

  static final String PLACEBO = "placebo";

  static final List<Analysis> ANALYSES =
      List.of(
          new Analysis("in_person", List.of("home_visit", "in_school_meeting"), false),
          new Analysis("home_visit", List.of("home_visit"), true),
          new Analysis("in_school_meeting", List.of("in_school_meeting"), true),
          new Analysis("phone", List.of("phone"), true),
          new Analysis("video", List.of("video"), true));

  private Treatments() {}

  /** Interactive contacts with the enrolment they belong to (same pupil and school, on roll). */
  static Dataset<Row> contacts(Dataset<Row> fctContact, Dataset<Row> months) {
    Dataset<Row> spans =
        months
            .groupBy("enrolment_key", "pupil_key", "urn")
            .agg(min("month_index").as("first_month"), max("month_index").as("last_month"));
    return fctContact
        .filter(col("contact_mode").isin(INTERACTIVE_MODES.toArray()))
        .withColumn("contact_month", SchoolMonths.indexOf("contact_date"))
        .join(spans, new String[] {"pupil_key", "urn"})
        .filter(col("contact_month").between(col("first_month"), col("last_month")))
        .select(
            "enrolment_key",
            "pupil_key",
            "urn",
            "contact_date",
            "contact_month",
            "contact_mode",
            "visitor_role",
            "reason");
  }

  /**
   * The week of each enrolment's first interactive contact ({@code first_contact_week}) and first
   * in-person contact ({@code first_in_person_week}, null if none): comparisons must precede them.
   */
  static Dataset<Row> firstContactWeeks(Dataset<Row> contacts) {
    Column inPerson = col("contact_mode").isin(ANALYSES.get(0).modes().toArray());
    return contacts
        .groupBy("enrolment_key")
        .agg(
            date_trunc("week", min("contact_date")).cast("date").as("first_contact_week"),
            date_trunc("week", min(when(inPerson, col("contact_date"))))
                .cast("date")
                .as("first_in_person_week"));
  }

  /**
   * The comparison pool an analysis draws on: pupils with no in-person contact yet for the
   * in-person analysis (whose treated pupils may have had calls before), pupils with no interactive
   * contact yet for the per-mode analyses and the placebo (whose treated have none).
   */
  static Column poolOf(Column analysis) {
    return when(analysis.equalTo(ANALYSES.get(0).name()), lit(IN_PERSON_POOL))
        .otherwise(lit(UNCONTACTED_POOL));
  }

  static final String IN_PERSON_POOL = "not_yet_in_person";
  static final String UNCONTACTED_POOL = "not_yet_contacted";

  /**
   * {@code analysis, enrolment_key, pupil_key, urn, contact_date, cohort_index, match_week,
   * censor_index, visitor_role, reason} for every analysis and the placebo.
   */
  static Dataset<Row> treated(Dataset<Row> contacts, Dataset<Row> months, ImpactSettings settings) {
    Dataset<Row> all = null;
    for (Analysis analysis : ANALYSES) {
      Dataset<Row> rows = forAnalysis(contacts, analysis);
      all = all == null ? rows : all.unionByName(rows);
    }
    return all.unionByName(placebo(contacts, months, settings));
  }

  private static Dataset<Row> forAnalysis(Dataset<Row> contacts, Analysis analysis) {
    Column own = col("contact_mode").isin(analysis.modes().toArray());
    Column other = analysis.censoredByOtherModes() ? own.unary_$bang() : lit(false);
    Dataset<Row> firsts =
        contacts
            .groupBy("enrolment_key", "pupil_key", "urn")
            .agg(
                min_by(
                        struct(col("contact_date"), col("visitor_role"), col("reason")),
                        when(own, col("contact_date")))
                    .as("first"),
                min(when(own, col("contact_date"))).as("contact_date"),
                min(when(other, col("contact_month"))).as("censor_index"))
            .filter(col("contact_date").isNotNull());
    return firsts
        .withColumn("cohort_index", SchoolMonths.indexOf("contact_date"))
        .filter(col("censor_index").isNull().or(col("censor_index").gt(col("cohort_index"))))
        .select(
            lit(analysis.name()).as("analysis"),
            col("enrolment_key"),
            col("pupil_key"),
            col("urn"),
            col("contact_date"),
            col("cohort_index"),
            date_trunc("week", col("contact_date")).cast("date").as("match_week"),
            col("censor_index"),
            col("first.visitor_role").as("visitor_role"),
            col("first.reason").as("reason"));
  }

  /** Enrolments never contacted, a seeded share of them, with real first in-person dates. */
  private static Dataset<Row> placebo(
      Dataset<Row> contacts, Dataset<Row> months, ImpactSettings settings) {
    Dataset<Row> realDates =
        forAnalysis(contacts, ANALYSES.get(0))
            .select(col("contact_date"), col("enrolment_key").as("source_key"))
            .withColumn(
                "draw", row_number().over(Window.orderBy("contact_date", "source_key")).minus(1))
            .select("draw", "contact_date");
    Dataset<Row> dateCount = realDates.agg(count(lit(1)).as("dates"));
    Dataset<Row> chosen =
        months
            .select("enrolment_key", "pupil_key", "urn")
            .distinct()
            .join(contacts.select("enrolment_key"), new String[] {"enrolment_key"}, "left_anti")
            .filter(isPlacebo(settings))
            .crossJoin(dateCount)
            .filter(col("dates").gt(0))
            .withColumn(
                "draw",
                pmod(
                    xxhash64(lit(settings.seed()), lit("date"), col("enrolment_key")),
                    col("dates")))
            .join(realDates, "draw");
    return chosen
        .withColumn("cohort_index", SchoolMonths.indexOf("contact_date"))
        .select(
            lit(PLACEBO).as("analysis"),
            col("enrolment_key"),
            col("pupil_key"),
            col("urn"),
            col("contact_date"),
            col("cohort_index"),
            date_trunc("week", col("contact_date")).cast("date").as("match_week"),
            lit(null).cast("int").as("censor_index"),
            lit(null).cast("string").as("visitor_role"),
            lit(null).cast("string").as("reason"));
  }

  /** The seeded choice of placebo enrolments; they never serve as comparisons. */
  static Column isPlacebo(ImpactSettings settings) {
    return pmod(xxhash64(lit(settings.seed()), lit("placebo"), col("enrolment_key")), lit(100))
        .lt(settings.placeboPercent());
  }
}
