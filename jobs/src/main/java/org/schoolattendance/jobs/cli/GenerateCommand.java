package org.schoolattendance.jobs.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.schoolattendance.jobs.pipeline.GenerateStage;
import org.schoolattendance.synthetic.GenerationSummary;
import org.schoolattendance.synthetic.GeneratorOptions;
import org.springframework.stereotype.Component;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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

  @Option(names = "--faults", description = "Share of rows with injected bad data (default 0).")
  double faults;

  @Option(names = "--no-effect", description = "Plant no home-visit effect.")
  boolean noEffect;

  @Option(names = "--la-code", description = "The LA's 3-digit code (default: 307).")
  String laCode = GeneratorOptions.DEFAULT_LA_CODE;

  GenerateCommand(GenerateStage stage) {
    this.stage = stage;
  }

  @Override
  public Integer call() {
    GeneratorOptions options =
        size.custom != null
            ? GeneratorOptions.of(out, size.custom.schools, size.custom.pupils, size.custom.years)
            : GeneratorOptions.preset(size.preset, out);
    GenerationSummary summary =
        stage.run(
            options
                .withAsOf(asOf)
                .withSeed(seed)
                .withFaults(faults)
                .withNoEffect(noEffect)
                .withLaCode(laCode));
    System.out.printf(
        "Generated a synthetic LA in %s: %,d schools, %,d pupils, %,d register rows, %,d bytes.%n",
        out.toAbsolutePath(),
        summary.schools(),
        summary.pupils(),
        summary.registerRows(),
        summary.bytesWritten());
    return 0;
  }
}
