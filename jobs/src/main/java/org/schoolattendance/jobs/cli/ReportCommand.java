package org.schoolattendance.jobs.cli;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.schoolattendance.jobs.pipeline.ReportStage;
import org.schoolattendance.reports.pack.Pack;
import org.schoolattendance.reports.pack.PackRequest;
import org.springframework.stereotype.Component;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

@Component
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Render attendance packs into <work-dir>/packs with predictable names, e.g."
          + " 100001-2024-25-summer-governor.pdf, and list them in manifest.tsv for deliver.",
      "Packs: governor (per school), head (per school, plus the OFFICIAL-SENSITIVE pupil annex),"
          + " ofsted (per school) and la (borough comparison, PDF and XLSX)."
    })
class ReportCommand implements Callable<Integer> {

  private final ReportStage stage;

  @Mixin WorkDirOption workDir;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Period period;

  static class Period {
    @Option(
        names = "--term",
        paramLabel = "TERM",
        description = "A term such as 2025/26-autumn (default: the latest term with figures).")
    String term;

    @Option(
        names = "--as-of",
        paramLabel = "DATE",
        description = "Year-to-date packs as at this date (yyyy-mm-dd), instead of a term.")
    LocalDate asOf;
  }

  @Option(
      names = "--school",
      paramLabel = "URN",
      description = "Only this school's packs (the LA pack, when asked for, still covers the LA).")
  String urn;

  @Option(
      names = "--pack",
      paramLabel = "PACK",
      split = ",",
      converter = PackName.class,
      description =
          "governor, head, ofsted or la; repeat or separate with commas (default: all four, or"
              + " the three school packs with --school).")
  List<Pack> packs;

  @Option(names = "--synthetic", description = "Mark the packs as synthetic data.")
  boolean synthetic;

  ReportCommand(ReportStage stage) {
    this.stage = stage;
  }

  @Override
  public Integer call() {
    PackRequest request =
        new PackRequest(
            period != null ? period.term : null,
            period != null ? period.asOf : null,
            urn,
            chosenPacks(),
            synthetic);
    Summaries.printPacks(stage.run(request));
    return 0;
  }

  private Set<Pack> chosenPacks() {
    if (packs != null && !packs.isEmpty()) {
      return EnumSet.copyOf(packs);
    }
    return urn != null
        ? EnumSet.of(Pack.GOVERNOR, Pack.HEAD, Pack.OFSTED)
        : EnumSet.allOf(Pack.class);
  }

  /** Reads a pack by its command-line name, naming the valid ones when it is not one. */
  static class PackName implements ITypeConverter<Pack> {
    @Override
    public Pack convert(String value) {
      String name = value.strip().toLowerCase(Locale.ROOT);
      return Arrays.stream(Pack.values())
          .filter(pack -> pack.cliName().equals(name))
          .findFirst()
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "unknown pack '"
                          + value
                          + "': expected "
                          + Arrays.stream(Pack.values())
                              .map(Pack::cliName)
                              .collect(Collectors.joining(", "))));
    }
  }
}
