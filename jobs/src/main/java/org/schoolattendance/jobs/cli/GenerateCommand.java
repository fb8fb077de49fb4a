package org.schoolattendance.jobs.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.schoolattendance.jobs.pipeline.GenerateStage;
import org.schoolattendance.synthetic.EffectSizes;
import org.schoolattendance.synthetic.GenerationSummary;
import org.schoolattendance.synthetic.GeneratorOptions;
import org.springframework.stereotype.Component;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Component
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description =
        "Write a synthetic local authority's input files (every file says it is synthetic).")
class GenerateCommand implements Callable<Integer> {

  private final GenerateStage stage;

  @ArgGroup(exclusive = true)
  Size size = new Size();

  static class Size {
    @Option(
        names = "--preset",
        description = "small (demo), test, borough or county (default: small).")
    String preset = "small";

    @ArgGroup(exclusive = false)
    Custom custom;
  }

  static class Custom {
    @Option(names = "--schools", required = true, description = "Number of schools.")
    int schools;

    @Option(names = "--pupils", required = true, description = "Number of pupils.")
    int pupils;

    @Option(names = "--years", required = true, description = "Number of academic years.")
    int years;
  }

  @Option(names = "--out", description = "Output folder (default: ./synthetic-la).")
  Path out = Path.of("synthetic-la");

  @Option(names = "--as-of", description = "Last day of data (default: 2025-07-18).")
  LocalDate asOf = GeneratorOptions.DEFAULT_AS_OF;

  @Option(names = "--seed", description = "Random seed; the same seed gives identical files.")
  long seed = GeneratorOptions.DEFAULT_SEED;

  @Option(
      names = "--faults",
      description =
          "Share of files (0 to 0.5) that get one injected fault each, listed in"
              + " truth/faults.csv (default 0: clean data).")
  double faults;

  @Option(names = "--no-effect", description = "Plant no home-visit effect.")
  boolean noEffect;

  @Option(
      names = "--effect-first-month",
      paramLabel = "POINTS",
      description =
          "Attendance points gained in the month after the first in-person contact (default 4).")
  Double effectFirstMonth;

  @Option(
      names = "--effect-primary-9m",
      paramLabel = "POINTS",
      description = "Points gained nine months after it, NC year 6 and below (default 8).")
  Double effectPrimaryNineMonths;

  @Option(
      names = "--effect-secondary-9m",
      paramLabel = "POINTS",
      description = "Points gained nine months after it, NC year 7 and above (default 16).")
  Double effectSecondaryNineMonths;

  @Option(
      names = "--effect-remote",
      paramLabel = "POINTS",
      description = "Points gained after a phone or video contact (default 0: no effect).")
  Double effectRemote;

  @Spec CommandSpec spec;

  @Option(names = "--la-code", description = "The LA's 3-digit code (default: 307).")
  String laCode = GeneratorOptions.DEFAULT_LA_CODE;

  GenerateCommand(GenerateStage stage) {
    this.stage = stage;
  }

  @Override
  public Integer call() {
    GenerationSummary summary = stage.run(options());
    System.out.printf(
        "Generated a synthetic LA in %s: %,d schools, %,d pupils, %,d register rows, %,d bytes.%n",
        out.toAbsolutePath(),
        summary.schools(),
        summary.pupils(),
        summary.registerRows(),
        summary.bytesWritten());
    return 0;
  }

  /** The generator's options, or a usage error naming the option at fault. */
  GeneratorOptions options() {
    EffectSizes effects = effectSizes();
    try {
      GeneratorOptions options =
          size.custom != null
              ? GeneratorOptions.of(out, size.custom.schools, size.custom.pupils, size.custom.years)
              : GeneratorOptions.preset(size.preset, out);
      return options
          .withAsOf(asOf)
          .withSeed(seed)
          .withFaults(faults)
          .withNoEffect(noEffect)
          .withEffects(effects)
          .withLaCode(laCode);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private EffectSizes effectSizes() {
    boolean overridden =
        effectFirstMonth != null
            || effectPrimaryNineMonths != null
            || effectSecondaryNineMonths != null
            || effectRemote != null;
    if (noEffect && overridden) {
      throw new ParameterException(
          spec.commandLine(), "--no-effect cannot be combined with --effect-* sizes");
    }
    EffectSizes defaults = EffectSizes.defaults();
    return new EffectSizes(
        points("--effect-first-month", effectFirstMonth, defaults.firstMonthPoints()),
        points("--effect-primary-9m", effectPrimaryNineMonths, defaults.primaryNineMonthPoints()),
        points(
            "--effect-secondary-9m",
            effectSecondaryNineMonths,
            defaults.secondaryNineMonthPoints()),
        points("--effect-remote", effectRemote, defaults.remoteContactPoints()));
  }

  private double points(String option, Double value, double fallback) {
    if (value == null) {
      return fallback;
    }
    if (!(value >= 0 && value <= EffectSizes.MAX_POINTS)) {
      throw new ParameterException(
          spec.commandLine(),
          "%s must be between 0 and %.0f attendance points, was %s"
              .formatted(option, EffectSizes.MAX_POINTS, value));
    }
    return value;
  }
}
