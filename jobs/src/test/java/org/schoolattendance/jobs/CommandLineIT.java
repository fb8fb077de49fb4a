package org.schoolattendance.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line of the packaged jar: help, unbuilt subcommands and one-line failures. */
class CommandLineIT {

  @TempDir Path workingDir;

  @Test
  void helpListsEverySubcommand() throws Exception {
    PackagedJar.Run run = PackagedJar.run(workingDir, Map.of(), 2, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout())
        .contains("demo", "generate", "ingest", "model", "transform", "report", "deliver")
        .contains("export", "schedule", "bench");
  }

  @Test
  void anUnbuiltSubcommandSaysSoAndFails() throws Exception {
    PackagedJar.Run run = PackagedJar.run(workingDir, Map.of(), 2, "export");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).contains("The export command is not built yet");
  }

  @Test
  void aFailingStageEndsWithOneLineNamingTheStageAndTheFile() throws Exception {
    PackagedJar.Run run =
        PackagedJar.run(workingDir, Map.of(), 2, "ingest", "--input", "no-such-folder");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.stderr().strip().lines().toList())
        .last()
        .asString()
        .startsWith("FAILED ingest: ")
        .contains("no-such-folder");
  }

  @Test
  void aMalformedRegisterFileIsRejectedWithItsLineAndReason(@TempDir Path input) throws Exception {
    Files.createDirectories(input.resolve("register"));
    Files.writeString(
        input.resolve("register/register-100001-20240101T120000.csv"),
        "urn,upn,date\n100001,X,2024-01-01\n");

    PackagedJar.Run run =
        PackagedJar.run(workingDir, Map.of(), 2, "ingest", "--input", input.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.stdout())
        .contains("rejected register-100001-20240101T120000.csv: line 1:")
        .contains("1 rejected");
  }

  @Test
  void reportTakesATermOrAnAsOfDateNotBoth() throws Exception {
    PackagedJar.Run run =
        PackagedJar.run(
            workingDir, Map.of(), 2, "report", "--term", "2024/25-summer", "--as-of", "2025-03-14");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).contains("--term=TERM, --as-of=DATE are mutually exclusive");
  }

  @Test
  void reportNamesTheValidPacksWhenGivenAnUnknownOne() throws Exception {
    PackagedJar.Run run =
        PackagedJar.run(workingDir, Map.of(), 2, "report", "--pack", "governor,weekly");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).contains("unknown pack 'weekly': expected governor, head, ofsted, la");
  }

  @Test
  void reportAndDeliverBeforeAnythingIsBuiltSayWhatToRunFirst() throws Exception {
    PackagedJar.Run report = PackagedJar.run(workingDir, Map.of(), 2, "report");
    PackagedJar.Run deliver = PackagedJar.run(workingDir, Map.of(), 2, "deliver");

    assertThat(report.exitCode()).isEqualTo(1);
    assertThat(report.stderr().strip().lines().toList())
        .last()
        .asString()
        .startsWith("FAILED report: nothing to report yet: ")
        .endsWith("run ingest and model first (or demo)");
    assertThat(deliver.exitCode()).isEqualTo(1);
    assertThat(deliver.stderr().strip().lines().toList())
        .last()
        .asString()
        .startsWith("FAILED deliver: no packs to deliver: ")
        .endsWith("manifest.tsv is missing; run report first");
  }
}
