package org.schoolattendance.synthetic.school;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.schoolattendance.synthetic.random.Draw;
import org.schoolattendance.synthetic.random.Seeds;

/** Creates the LA's schools: phase mix, names, identifiers, sizes and quality. */
public final class SchoolFactory {

  private static final String[] PLACES = {
    "Ashgrove",
    "Beechwood",
    "Brookfield",
    "Castle Hill",
    "Cedar Park",
    "Chapel End",
    "Elmbridge",
    "Fairfield",
    "Foxhollow",
    "Greenacre",
    "Hawthorn",
    "Hazelmere",
    "Highfield",
    "Hollybank",
    "Kingsmead",
    "Larkrise",
    "Linden Lea",
    "Maple Cross",
    "Meadowbank",
    "Millbrook",
    "Northgate",
    "Oakridge",
    "Orchard Vale",
    "Parkside",
    "Queensway",
    "Riverside",
    "Rosehill",
    "St Aidan's",
    "St Bride's",
    "St Columba's",
    "Sandringham",
    "Southfields",
    "Springwell",
    "Stonebridge",
    "Thornbury",
    "Westmead",
    "Willowbrook",
    "Windmill Hill",
    "Woodlands",
    "Yew Tree"
  };
  // Areas that do not exist, so no postcode can belong to a real address.
  private static final String[] POSTCODE_AREAS = {"ZZ", "XA", "XB", "XC"};
  private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

  private final long seed;
  private final String laCode;

  public SchoolFactory(long seed, String laCode) {
    this.seed = seed;
    this.laCode = laCode;
  }

  /** Counts per phase for {@code total} schools, in Phase order. */
  public static int[] phaseCounts(int total) {
    if (total == 1) {
      return new int[] {1, 0, 0, 0};
    }
    if (total == 2) {
      return new int[] {1, 1, 0, 0};
    }
    int special = Math.max(1, (int) Math.round(total * 0.04));
    int pru = total >= 10 ? Math.max(1, (int) Math.round(total * 0.02)) : 0;
    int secondary = Math.max(1, (int) Math.round(total * 0.19));
    int primary = total - special - pru - secondary;
    if (primary < 1) {
      secondary -= 1 - primary;
      primary = 1;
    }
    return new int[] {primary, secondary, special, pru};
  }

  private static final double[] SIZE_WEIGHT = {1.0, 3.0, 0.45, 0.25};

  public List<School> create(int total, int pupils) {
    int[] counts = phaseCounts(total);
    double units = 0;
    for (Phase p : Phase.values()) {
      units += counts[p.ordinal()] * SIZE_WEIGHT[p.ordinal()];
    }
    double perUnit = pupils / units;
    List<School> schools = new ArrayList<>();
    Set<String> usedNames = new HashSet<>();
    int urn = 100001;
    SplittableRandom rng = Seeds.stream(seed, Seeds.tag("schools"));
    for (Phase phase : Phase.values()) {
      double[] sizes = new double[counts[phase.ordinal()]];
      double sum = 0;
      for (int i = 0; i < sizes.length; i++) {
        sizes[i] = 0.6 + 0.8 * rng.nextDouble();
        sum += sizes[i];
      }
      for (int i = 0; i < sizes.length; i++) {
        int roll =
            (int)
                Math.max(
                    phase.yearGroups() * 2,
                    Math.round(
                        perUnit * SIZE_WEIGHT[phase.ordinal()] * sizes[i] * sizes.length / sum));
        String place = uniquePlace(rng, usedNames);
        String name = place + " " + suffix(phase, rng);
        String slug = name.toLowerCase(Locale.ROOT).replace("'", "").replaceAll("[^a-z0-9]+", "-");
        String estab = String.valueOf(phase.estabBase() + 1 + i);
        String postcode =
            Draw.pick(rng, POSTCODE_AREAS)
                + (1 + rng.nextInt(29))
                + " "
                + rng.nextInt(10)
                + INWARD_LETTERS.charAt(rng.nextInt(INWARD_LETTERS.length()))
                + INWARD_LETTERS.charAt(rng.nextInt(INWARD_LETTERS.length()));
        double absenceFactor = Math.exp(0.22 * Draw.normal(rng));
        double deprivation = Math.exp(0.45 * Draw.normal(rng));
        schools.add(
            new School(
                String.valueOf(urn++),
                laCode,
                estab,
                name,
                phase,
                slug,
                postcode,
                absenceFactor,
                deprivation,
                roll));
      }
    }
    return List.copyOf(schools);
  }

  private static String uniquePlace(SplittableRandom rng, Set<String> used) {
    for (int attempt = 0; ; attempt++) {
      String place = Draw.pick(rng, PLACES);
      if (attempt > 20) {
        place = place + " " + (attempt - 19);
      }
      if (used.add(place)) {
        return place;
      }
    }
  }

  private static String suffix(Phase phase, SplittableRandom rng) {
    return switch (phase) {
      case PRIMARY ->
          Draw.pick(
              rng,
              new String[] {
                "Primary School",
                "Primary Academy",
                "Infant and Junior School",
                "C of E Primary School"
              });
      case SECONDARY ->
          Draw.pick(rng, new String[] {"Academy", "High School", "School", "College"});
      case SPECIAL -> "Special School";
      case PRU -> "Pupil Referral Unit";
    };
  }
}
