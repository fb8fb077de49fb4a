package org.schoolattendance.transform.impact;

import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A small simulated LA with the trap the estimator must avoid: pupils have lasting absence levels
 * plus temporary dips, and are visited when a dip shows in their last six weeks, so their
 * attendance recovers after a visit even without an effect (regression to the mean). An in-person
 * visit lowers the weekly absence probability by {@link #PLANTED_POINTS} (never below zero); phone
 * calls, chosen the same way, do nothing. The truth per relative month is the expected difference
 * between attendance with and without the effect, sessions-weighted over the visited pupils.
 *
 * <p>Every week of September to July is a school week of 10 sessions. Seed {@link #SEED}, chosen
 * once and never changed to make a test pass.
 */
public final class PlantedEffectLa {

  static final long SEED = 7L;
  static final double PLANTED_POINTS = 5.0;
  static final int PUPILS = 2_400;
  static final int SESSIONS_PER_WEEK = 10;
  static final LocalDate FIRST_CONTACT = LocalDate.of(2023, 12, 4);
  static final LocalDate LAST_CONTACT = LocalDate.of(2025, 3, 28);

  final List<Row> enrolmentPeriods = new ArrayList<>();
  final List<Row> contacts = new ArrayList<>();

  /** Expected effect in points × possible sessions, and possible sessions, per relative month. */
  private final Map<Integer, double[]> truth = new HashMap<>();

  PlantedEffectLa() {
    this(PUPILS, 1);
  }

  /**
   * A smaller or larger LA of {@code pupils} pupils keyed from {@code firstPupil} on (to sit beside
   * other fixture rows without sharing keys).
   */
  public PlantedEffectLa(int pupils, int firstPupil) {
    SplittableRandom random = new SplittableRandom(SEED);
    List<LocalDate> weeks = schoolWeeks();
    for (int pupil = firstPupil; pupil < firstPupil + pupils; pupil++) {
      simulatePupil(pupil, weeks, random.split());
    }
  }

  double truthAt(int relativeMonth) {
    double[] sums = truth.get(relativeMonth);
    return sums[0] / sums[1];
  }

  public Dataset<Row> enrolmentPeriod(SparkSession spark) {
    return spark.createDataFrame(enrolmentPeriods, EnrolmentPeriodRows.SCHEMA);
  }

  public Dataset<Row> fctContact(SparkSession spark) {
    StructType schema =
        new StructType()
            .add("contact_key", DataTypes.LongType)
            .add("pupil_key", DataTypes.LongType)
            .add("urn", DataTypes.StringType)
            .add("contact_date", DataTypes.DateType)
            .add("contact_type", DataTypes.StringType)
            .add("contact_mode", DataTypes.StringType)
            .add("is_in_person", DataTypes.BooleanType)
            .add("visitor_role", DataTypes.StringType)
            .add("reason", DataTypes.StringType)
            .add("staff_present", DataTypes.IntegerType)
            .add("risk_assessed", DataTypes.BooleanType)
            .add("outcome", DataTypes.StringType);
    return spark.createDataFrame(contacts, schema);
  }

  private void simulatePupil(int pupil, List<LocalDate> weeks, SplittableRandom random) {
    double level = 0.01 + 0.12 * Math.pow(random.nextDouble(), 2);
    boolean fsm = random.nextDouble() < 0.25;
    String ncYear = random.nextBoolean() ? "8" : "9";
    String urn = "10000" + (pupil % 3);
    int dipWeeksLeft = 0;
    LocalDate visited = null;
    LocalDate phoned = null;
    int[] absences = new int[weeks.size()];
    double[] withoutEffect = new double[weeks.size()];
    double[] withEffect = new double[weeks.size()];
    for (int w = 0; w < weeks.size(); w++) {
      LocalDate week = weeks.get(w);
      // Referred at the start of the week on the six weeks before it, as the estimator matches.
      double referral = referralChance(absences, w);
      if (visited == null && inContactWindow(week) && random.nextDouble() < referral) {
        visited = week.plusDays(1 + random.nextInt(3));
        contacts.add(
            contact(
                pupil,
                urn,
                visited,
                random.nextDouble() < 0.7 ? "home_visit" : "in_school_meeting"));
      }
      if (phoned == null && inContactWindow(week) && random.nextDouble() < referral / 2) {
        phoned = week.plusDays(1 + random.nextInt(3));
        contacts.add(contact(pupil, urn, phoned, "phone"));
      }
      if (dipWeeksLeft == 0 && random.nextDouble() < 0.03) {
        dipWeeksLeft = 2 + random.nextInt(5);
      }
      double p = Math.min(0.95, level + (dipWeeksLeft > 0 ? 0.25 : 0));
      dipWeeksLeft = Math.max(0, dipWeeksLeft - 1);
      // The effect starts the week after the visit.
      boolean helped = visited != null && visited.isBefore(week);
      double effective = helped ? Math.max(0, p - PLANTED_POINTS / 100) : p;
      withoutEffect[w] = p;
      withEffect[w] = effective;
      int absent = 0;
      for (int s = 0; s < SESSIONS_PER_WEEK; s++) {
        absent += random.nextDouble() < effective ? 1 : 0;
      }
      absences[w] = absent;
    }
    addPeriods(pupil, urn, fsm, ncYear, weeks, absences);
    if (visited != null) {
      addTruth(visited, weeks, withoutEffect, withEffect);
    }
  }

  /**
   * Likely when the six weeks before week {@code w} were poor, and twice as likely when the last
   * three of them were 10 points or more worse than the first three: it depends on nothing but the
   * matching features' bands, so exact matching can remove the selection.
   */
  private static double referralChance(int[] absences, int w) {
    if (w < 6) {
      return 0;
    }
    int first = absences[w - 6] + absences[w - 5] + absences[w - 4];
    int last = absences[w - 3] + absences[w - 2] + absences[w - 1];
    double attendance = 100 - 100.0 * (first + last) / (6 * SESSIONS_PER_WEEK);
    double fall = 100.0 * (last - first) / (3 * SESSIONS_PER_WEEK);
    double chance = attendance < 80 ? 0.06 : attendance < 90 ? 0.02 : 0.002;
    return fall >= 10 ? chance * 2 : chance;
  }

  private static boolean inContactWindow(LocalDate week) {
    return !week.isBefore(FIRST_CONTACT) && !week.isAfter(LAST_CONTACT);
  }

  private void addTruth(LocalDate visited, List<LocalDate> weeks, double[] without, double[] with) {
    int cohort = monthIndex(visited);
    for (int w = 0; w < weeks.size(); w++) {
      int k = monthIndex(weeks.get(w)) - cohort;
      if (k >= ImpactSettings.FIRST_RELATIVE_MONTH && k <= ImpactSettings.LAST_RELATIVE_MONTH) {
        double[] sums = truth.computeIfAbsent(k, key -> new double[2]);
        sums[0] += 100 * (without[w] - with[w]) * SESSIONS_PER_WEEK;
        sums[1] += SESSIONS_PER_WEEK;
      }
    }
  }

  private void addPeriods(
      int pupil, String urn, boolean fsm, String ncYear, List<LocalDate> weeks, int[] absences) {
    Map<LocalDate, int[]> months = new java.util.TreeMap<>();
    for (int w = 0; w < weeks.size(); w++) {
      LocalDate week = weeks.get(w);
      enrolmentPeriods.add(
          EnrolmentPeriodRows.row(
              pupil,
              urn,
              fsm,
              ncYear,
              "week",
              week,
              week.plusDays(4),
              SESSIONS_PER_WEEK,
              absences[w]));
      int[] month = months.computeIfAbsent(week.withDayOfMonth(1), m -> new int[2]);
      month[0] += SESSIONS_PER_WEEK;
      month[1] += absences[w];
    }
    months.forEach(
        (start, sums) ->
            enrolmentPeriods.add(
                EnrolmentPeriodRows.row(
                    pupil,
                    urn,
                    fsm,
                    ncYear,
                    "month",
                    start,
                    start.with(TemporalAdjusters.lastDayOfMonth()),
                    sums[0],
                    sums[1])));
  }

  private static Row contact(int pupil, String urn, LocalDate date, String mode) {
    boolean inPerson = !mode.equals("phone");
    return RowFactory.create(
        (long) (pupil * 10 + mode.length()),
        (long) pupil,
        urn,
        Date.valueOf(date),
        mode.equals("phone") ? "phone_call" : mode,
        mode,
        inPerson,
        "attendance_officer",
        "low_attendance_no_contact",
        2,
        true,
        "engaged");
  }

  /** Same numbering as the estimator: months without August. */
  static int monthIndex(LocalDate date) {
    int start = date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
    int position = date.getMonthValue() >= 9 ? date.getMonthValue() - 9 : date.getMonthValue() + 3;
    return start * 11 + position;
  }

  private static List<LocalDate> schoolWeeks() {
    List<LocalDate> weeks = new ArrayList<>();
    LocalDate monday =
        LocalDate.of(2023, 9, 4).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    while (monday.isBefore(LocalDate.of(2025, 7, 19))) {
      if (monday.getMonth() != Month.AUGUST) {
        weeks.add(monday);
      }
      monday = monday.plusWeeks(1);
    }
    return weeks;
  }
}
