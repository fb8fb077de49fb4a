package org.schoolattendance.synthetic;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything that determines a generated LA. Same options (including the seed) give byte-identical
 * output.
 *
 * @param schools number of schools (split into primary, secondary, special and PRU by fixed shares)
 * @param pupils approximate number of pupils on roll at any one time
 * @param years number of academic years generated, ending with the one containing {@code asOf}
 * @param asOf the generator's "today": nothing is dated after it
 * @param faultRate share of files/rows that receive an injected fault (0 = clean data)
 * @param noEffect plant no intervention effect at all (overrides {@code effects})
 */
public record GeneratorOptions(
    Path outputDir,
    int schools,
    int pupils,
    int years,
    LocalDate asOf,
    long seed,
    String laCode,
    double faultRate,
    boolean noEffect,
    EffectSizes effects) {

  public static final String DEFAULT_LA_CODE = "307";
  public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2025, 7, 18);
  public static final long DEFAULT_SEED = 20250718L;

  public GeneratorOptions {
    Objects.requireNonNull(outputDir, "outputDir");
    Objects.requireNonNull(asOf, "asOf");
    if (laCode == null) {
      laCode = DEFAULT_LA_CODE;
    }
    if (effects == null) {
      effects = EffectSizes.defaults();
    }
    if (!laCode.matches("\\d{3}")) {
      throw new IllegalArgumentException("LA code must be 3 digits: " + laCode);
    }
    if (schools < 1 || schools > 999) {
      throw new IllegalArgumentException("schools must be between 1 and 999, was " + schools);
    }
    if (pupils < schools * 10) {
      throw new IllegalArgumentException(
          "need at least 10 pupils per school, was " + pupils + " for " + schools + " schools");
    }
    if (years < 1 || years > 10) {
      throw new IllegalArgumentException("years must be between 1 and 10, was " + years);
    }
    if (faultRate < 0 || faultRate > 0.5) {
      throw new IllegalArgumentException("fault rate must be between 0 and 0.5, was " + faultRate);
    }
  }

  /** Options with defaults for everything but size. */
  public static GeneratorOptions of(Path outputDir, int schools, int pupils, int years) {
    return new GeneratorOptions(
        outputDir,
        schools,
        pupils,
        years,
        DEFAULT_AS_OF,
        DEFAULT_SEED,
        DEFAULT_LA_CODE,
        0.0,
        false,
        EffectSizes.defaults());
  }

  /** Named sizes: small, test, borough, county. */
  public static GeneratorOptions preset(String name, Path outputDir) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "small" -> of(outputDir, 8, 2_400, 3);
      case "test" -> of(outputDir, 20, 8_000, 2);
      case "borough" -> of(outputDir, 80, 40_000, 3);
      case "county" -> of(outputDir, 300, 150_000, 3);
      default ->
          throw new IllegalArgumentException(
              "unknown preset '" + name + "' (small, test, borough, county)");
    };
  }

  public GeneratorOptions withOutputDir(Path dir) {
    return new GeneratorOptions(
        dir, schools, pupils, years, asOf, seed, laCode, faultRate, noEffect, effects);
  }

  public GeneratorOptions withSeed(long newSeed) {
    return new GeneratorOptions(
        outputDir, schools, pupils, years, asOf, newSeed, laCode, faultRate, noEffect, effects);
  }

  public GeneratorOptions withAsOf(LocalDate date) {
    return new GeneratorOptions(
        outputDir, schools, pupils, years, date, seed, laCode, faultRate, noEffect, effects);
  }

  public GeneratorOptions withFaults(double rate) {
    return new GeneratorOptions(
        outputDir, schools, pupils, years, asOf, seed, laCode, rate, noEffect, effects);
  }

  public GeneratorOptions withNoEffect(boolean none) {
    return new GeneratorOptions(
        outputDir, schools, pupils, years, asOf, seed, laCode, faultRate, none, effects);
  }

  public GeneratorOptions withLaCode(String code) {
    return new GeneratorOptions(
        outputDir, schools, pupils, years, asOf, seed, code, faultRate, noEffect, effects);
  }

  public GeneratorOptions withEffects(EffectSizes sizes) {
    return new GeneratorOptions(
        outputDir, schools, pupils, years, asOf, seed, laCode, faultRate, noEffect, sizes);
  }

  public GeneratorOptions withSize(int newSchools, int newPupils, int newYears) {
    return new GeneratorOptions(
        outputDir,
        newSchools,
        newPupils,
        newYears,
        asOf,
        seed,
        laCode,
        faultRate,
        noEffect,
        effects);
  }

  /** The effect actually planted: zero everywhere under {@code noEffect}. */
  public EffectSizes plantedEffects() {
    return noEffect ? EffectSizes.none() : effects;
  }
}
