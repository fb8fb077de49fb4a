package org.schoolattendance.synthetic.population;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.schoolattendance.synthetic.random.Draw;
import org.schoolattendance.synthetic.random.Seeds;
import org.schoolattendance.synthetic.school.Phase;
import org.schoolattendance.synthetic.school.School;

/** Draws one pupil's identity, characteristics and latent absence traits. */
final class PupilFactory {

  /** Median daily absence propensity of a pupil with no risk factors in an average school. */
  static final double BASE_MEDIAN = 0.022;

  static final double BASE_SIGMA = 0.92;
  static final double DISENGAGED_CHANCE = 0.022;

  private static final Ethnicity[] ETHNICITIES = Ethnicity.values();
  private static final double[] ETHNICITY_WEIGHTS = new double[ETHNICITIES.length];

  static {
    for (int i = 0; i < ETHNICITIES.length; i++) {
      ETHNICITY_WEIGHTS[i] = ETHNICITIES[i].share;
    }
  }

  private final long seed;

  PupilFactory(long seed) {
    this.seed = seed;
  }

  Pupil create(
      int id,
      String upn,
      int receptionYear,
      School school,
      LocalDate windowStart,
      LocalDate windowEnd) {
    SplittableRandom rng = Seeds.stream(seed, Seeds.tag("pupil"), id);
    Ethnicity eth = ETHNICITIES[Draw.weighted(rng, ETHNICITY_WEIGHTS)];
    char sex = rng.nextDouble() < 0.51 ? 'M' : 'F';
    LocalDate bornFrom = LocalDate.of(receptionYear - 5, 9, 1);
    LocalDate dob = bornFrom.plusDays(rng.nextInt(365));
    String forename = Draw.pick(rng, eth.names.forenames(sex));
    String surname = Draw.pick(rng, eth.names.surnames);
    if (!surname.contains("-") && Draw.chance(rng, 0.05)) {
      surname =
          surname
              + "-"
              + Draw.pick(rng, NamePools.BRITISH.surnames).replace("Smith-Jones", "Jones");
    }
    double[] langWeights =
        eth.languages.stream().mapToDouble(Ethnicity.LanguageShare::share).toArray();
    String language = eth.languages.get(Draw.weighted(rng, langWeights)).code();

    List<FsmPeriod> fsm = fsmHistory(rng, eth, school, windowStart, windowEnd);
    char sen = sen(rng, school.phase(), sex, !fsm.isEmpty());

    double propensity = Draw.logNormal(rng, BASE_MEDIAN, BASE_SIGMA) * eth.absenceFactor;
    if (!fsm.isEmpty()) {
      propensity *= 1.75;
    }
    propensity *=
        switch (sen) {
          case 'K' -> 1.5;
          case 'E' -> 1.9;
          default -> 1.0;
        };
    double disengaged = DISENGAGED_CHANCE * (fsm.isEmpty() ? 0.6 : 2.2);
    if (Draw.chance(rng, disengaged)) {
      propensity = Math.max(propensity * 6, 0.25 + 0.5 * rng.nextDouble());
    }
    propensity = Math.min(propensity, 0.92);
    double lateness = Math.min(0.4, Draw.logNormal(rng, 0.012, 1.0) * (fsm.isEmpty() ? 1 : 1.6));
    double unauth =
        0.18 + (fsm.isEmpty() ? 0 : 0.12) + Math.min(0.3, propensity) + 0.1 * rng.nextDouble();
    if (eth.travellerHeritage()) {
      unauth += 0.15;
    }
    unauth = Math.min(0.85, unauth);
    return new Pupil(
        id,
        upn,
        forename,
        surname,
        dob,
        sex,
        eth.name(),
        language,
        fsm,
        sen,
        receptionYear,
        propensity,
        lateness,
        unauth,
        eth.travellerHeritage());
  }

  private static List<FsmPeriod> fsmHistory(
      SplittableRandom rng, Ethnicity eth, School school, LocalDate from, LocalDate to) {
    double p = Math.min(0.85, eth.fsmChance * school.deprivation());
    if (school.phase() == Phase.SPECIAL || school.phase() == Phase.PRU) {
      p = Math.min(0.85, p * 1.8);
    }
    List<FsmPeriod> periods = new ArrayList<>();
    long span = to.toEpochDay() - from.toEpochDay();
    if (Draw.chance(rng, p)) {
      LocalDate start = from.minusDays(30 + rng.nextInt(1500));
      LocalDate end = null;
      if (Draw.chance(rng, 0.15)) {
        end = from.plusDays(rng.nextInt((int) Math.max(1, span)));
      }
      periods.add(new FsmPeriod(start, end));
    } else if (Draw.chance(rng, 0.05)) {
      periods.add(new FsmPeriod(from.plusDays(rng.nextInt((int) Math.max(1, span))), null));
    }
    return List.copyOf(periods);
  }

  private static char sen(SplittableRandom rng, Phase phase, char sex, boolean fsm) {
    double u = rng.nextDouble();
    return switch (phase) {
      case SPECIAL -> u < 0.92 ? 'E' : 'K';
      case PRU -> u < 0.15 ? 'E' : u < 0.7 ? 'K' : 'N';
      default -> {
        double boost = (sex == 'M' ? 1.3 : 0.75) * (fsm ? 1.5 : 1.0);
        yield u < 0.03 * boost ? 'E' : u < 0.16 * boost ? 'K' : 'N';
      }
    };
  }
}
