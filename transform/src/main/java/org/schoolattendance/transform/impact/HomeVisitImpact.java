package org.schoolattendance.transform.impact;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The home-visit impact event study ({@code impact_event_study}), methods.md §1: per analysis
 * (first in-person contact, each contact mode, placebo), breakdown and relative month −3 … +9, the
 * matched difference-in-differences effect on monthly attendance with a pupil bootstrap interval,
 * the naive before/after change beside it, and the pupil counts behind both.
 *
 * <p>Treated enrolments are matched exactly, in strata of contact week and month, phase, year
 * group, FSM, SEN provision, prior attendance band and its recent change, to enrolments not yet
 * contacted by the contact month (later in-person contacts are netted out, see {@link
 * #comparisons}). A stratum's effect is its treated pupils' change minus its comparisons'
 * sessions-weighted mean change; strata (and so contact-month cohorts) are averaged with weights
 * equal to the treated pupils' possible sessions in that relative month.
 */
public final class HomeVisitImpact {

  public static final String RESULT_NAME = "impact_event_study";

  static final String UNMATCHED = "unmatched";

  /** Estimate, then twice re-estimate with later-contacted comparisons net of the effect. */
  static final int PASSES = 3;

  private HomeVisitImpact() {}

  public static Dataset<Row> apply(
      Dataset<Row> enrolmentPeriod, Dataset<Row> fctContact, ImpactSettings settings) {
    Dataset<Row> months = EventPanel.months(enrolmentPeriod).localCheckpoint();
    Dataset<Row> contacts = Treatments.contacts(fctContact, months);
    Dataset<Row> treated = Treatments.treated(contacts, months, settings).localCheckpoint();
    Dataset<Row> strata =
        withTreatedPupils(strata(enrolmentPeriod, months, treated), treated).localCheckpoint();
    Dataset<Row> wanted =
        strata
            .select("enrolment_key", "cohort_index")
            .unionByName(treated.select("enrolment_key", "cohort_index"))
            .distinct();
    Dataset<Row> changes = EventPanel.changes(months, wanted).localCheckpoint();
    Dataset<Row> comparisons =
        comparisons(strata, changes, treated, contacts, settings).localCheckpoint();
    Dataset<Row> treatedSums =
        ReplicateSums.of(
                treatedRows(treated, strata, changes),
                List.of(
                    "analysis",
                    "breakdown",
                    "breakdown_value",
                    "pool",
                    "stratum",
                    "relative_month"),
                settings)
            .localCheckpoint();
    double[][] laterContactEffects = new double[0][];
    Dataset<Row> estimates = null;
    for (int pass = 1; pass <= PASSES; pass++) {
      estimates = estimate(treatedSums, comparisons, laterContactEffects, settings);
      if (pass < PASSES) {
        estimates = estimates.localCheckpoint();
        laterContactEffects = inPersonEffects(estimates, settings);
      }
    }
    return estimates
        .drop(EventStudyEstimate.REPLICATE_EFFECTS)
        .filter(
            col("breakdown")
                .notEqual("school")
                .or(col("treated_pupils").geq(settings.minimumSchoolTreated())))
        .orderBy("analysis", "breakdown", "breakdown_value", "relative_month");
  }

  private static Dataset<Row> estimate(
      Dataset<Row> treatedSums,
      Dataset<Row> comparisons,
      double[][] laterContactEffects,
      ImpactSettings settings) {
    Dataset<Row> comparisonSums =
        ReplicateSums.of(
                comparisons,
                List.of("pool", "stratum", "relative_month"),
                settings,
                laterContactEffects)
            .select(
                col("pool"),
                col("stratum"),
                col("relative_month"),
                col("pupils").as("comparison_pupils"),
                col("sum_weight").as("comparison_weight"),
                col("sum_weighted_delta").as("comparison_weighted_delta"));
    return EventStudyEstimate.combine(
        treatedSums.join(
            comparisonSums, new String[] {"pool", "stratum", "relative_month"}, "left"),
        settings);
  }

  /** The pooled in-person effect per relative month 0 … 9 and replicate, for the next pass. */
  private static double[][] inPersonEffects(Dataset<Row> estimates, ImpactSettings settings) {
    double[][] effects = new double[ImpactSettings.LAST_RELATIVE_MONTH + 1][];
    estimates
        .filter(
            col("analysis")
                .equalTo(Treatments.ANALYSES.get(0).name())
                .and(col("breakdown").equalTo("all"))
                .and(col("relative_month").geq(0)))
        .select("relative_month", EventStudyEstimate.REPLICATE_EFFECTS)
        .collectAsList()
        .forEach(
            row ->
                effects[row.getInt(0)] =
                    row.<Double>getList(1).stream().mapToDouble(Double::doubleValue).toArray());
    for (int k = 0; k < effects.length; k++) {
      if (effects[k] == null) {
        effects[k] = k > 0 ? effects[k - 1] : new double[settings.replicates() + 1];
      }
    }
    return effects;
  }

  /**
   * Only the strata some treated pupil is in: every other stratum would be dropped by the join to
   * the treated sums anyway, and keeping them multiplies the comparison rows by the contact weeks.
   */
  private static Dataset<Row> withTreatedPupils(Dataset<Row> strata, Dataset<Row> treated) {
    Dataset<Row> treatedStrata =
        treated
            .select("enrolment_key", "cohort_index", "match_week")
            .join(strata, new String[] {"enrolment_key", "cohort_index", "match_week"})
            .select("stratum")
            .distinct();
    return strata.join(treatedStrata, new String[] {"stratum"}, "left_semi");
  }

  /** Every enrolment's stratum at every (contact week, contact month) some treated pupil has. */
  private static Dataset<Row> strata(
      Dataset<Row> enrolmentPeriod, Dataset<Row> months, Dataset<Row> treated) {
    Dataset<Row> contactWeeks = treated.select("match_week", "cohort_index").distinct();
    Dataset<Row> features =
        MatchingFeatures.at(enrolmentPeriod, contactWeeks.select("match_week").distinct());
    Dataset<Row> attributes =
        months.select(
            col("enrolment_key"),
            col("month_index").as("cohort_index"),
            col("phase"),
            col("nc_year"),
            col("fsm_eligible"),
            col("sen_provision"));
    return features
        .join(contactWeeks, "match_week")
        .join(attributes, new String[] {"enrolment_key", "cohort_index"})
        .select(
            col("enrolment_key"),
            col("cohort_index"),
            col("match_week"),
            col("phase"),
            concat_ws(
                    "|",
                    text(col("match_week")),
                    text(col("cohort_index")),
                    text(col("phase")),
                    text(col("nc_year")),
                    text(col("fsm_eligible")),
                    text(col("sen_provision")),
                    text(col("attendance_band")),
                    text(col("change_band")))
                .as("stratum"));
  }

  /**
   * Stratum members not contacted before or in the contact week, in two pools (see {@link
   * Treatments#poolOf}). Those given an in-person contact later stay, with their own relative month
   * from then on and its estimated effect netted out, so that the pool is not thinned towards
   * pupils who never needed a visit (dropping them would condition on the future and bias later
   * months downwards).
   */
  private static Dataset<Row> comparisons(
      Dataset<Row> strata,
      Dataset<Row> changes,
      Dataset<Row> treated,
      Dataset<Row> contacts,
      ImpactSettings settings) {
    Dataset<Row> firstInPerson =
        treated
            .filter(col("analysis").equalTo(Treatments.ANALYSES.get(0).name()))
            .select(col("enrolment_key"), col("cohort_index").as("own_contact_month"));
    Column outcomeMonth = col("cohort_index").plus(col("relative_month"));
    Dataset<Row> candidates =
        strata
            .filter(not(Treatments.isPlacebo(settings)))
            .join(changes, new String[] {"enrolment_key", "cohort_index"})
            .join(Treatments.firstContactWeeks(contacts), new String[] {"enrolment_key"}, "left")
            .join(firstInPerson, new String[] {"enrolment_key"}, "left")
            .withColumn(
                ReplicateSums.OWN_MONTH,
                when(
                    col("own_contact_month").leq(outcomeMonth),
                    outcomeMonth.minus(col("own_contact_month"))));
    Dataset<Row> notYetInPerson =
        candidates
            .filter(
                col("first_in_person_week")
                    .isNull()
                    .or(col("first_in_person_week").gt(col("match_week"))))
            .withColumn("pool", lit(Treatments.IN_PERSON_POOL));
    Dataset<Row> notYetContacted =
        candidates
            .filter(
                col("first_contact_week")
                    .isNull()
                    .or(col("first_contact_week").gt(col("match_week"))))
            .withColumn("pool", lit(Treatments.UNCONTACTED_POOL));
    return notYetInPerson.unionByName(notYetContacted);
  }

  /** Treated changes per breakdown, censored at another mode's contact; unmatched kept apart. */
  private static Dataset<Row> treatedRows(
      Dataset<Row> treated, Dataset<Row> strata, Dataset<Row> changes) {
    Dataset<Row> withChanges =
        treated
            .join(strata, new String[] {"enrolment_key", "cohort_index", "match_week"}, "left")
            .join(changes.drop("pupil_key"), new String[] {"enrolment_key", "cohort_index"})
            .filter(
                col("censor_index")
                    .isNull()
                    .or(col("cohort_index").plus(col("relative_month")).lt(col("censor_index"))))
            .withColumn("stratum", coalesce(col("stratum"), lit(UNMATCHED)))
            .withColumn("pool", Treatments.poolOf(col("analysis")));
    Column breakdowns =
        array(
            breakdown("all", lit("all")),
            breakdown("phase", col("phase")),
            breakdown("visitor_role", col("visitor_role")),
            breakdown("reason", col("reason")),
            breakdown("school", col("urn")));
    return withChanges
        .withColumn("by", explode(breakdowns))
        .filter(col("by.value").isNotNull())
        .withColumn("breakdown", col("by.name"))
        .withColumn("breakdown_value", col("by.value"));
  }

  private static Column breakdown(String name, Column value) {
    return struct(lit(name).as("name"), value.cast("string").as("value"));
  }

  private static Column text(Column value) {
    return coalesce(value.cast("string"), lit("?"));
  }
}
