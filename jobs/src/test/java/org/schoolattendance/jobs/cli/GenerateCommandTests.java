package org.schoolattendance.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.schoolattendance.jobs.pipeline.GenerateStage;
import org.schoolattendance.synthetic.EffectSizes;
import org.schoolattendance.synthetic.GeneratorOptions;
import picocli.CommandLine;

/** How the generate command's options become generator options, and how bad ones are refused. */
class GenerateCommandTests {

  private final GenerateCommand command = new GenerateCommand(new GenerateStage());
  private final CommandLine commandLine = new CommandLine(command);

  @Test
  void effectSizesCanBeOverriddenOneByOne() {
    commandLine.parseArgs(
        "--effect-first-month", "6", "--effect-secondary-9m", "12.5", "--effect-remote", "1");

    assertThat(command.options().effects()).isEqualTo(new EffectSizes(6, 8, 12.5, 1));
    assertThat(command.options().plantedEffects()).isEqualTo(new EffectSizes(6, 8, 12.5, 1));
  }

  @Test
  void withoutOverridesTheDefaultEffectIsPlanted() {
    commandLine.parseArgs("--preset", "test", "--out", "x", "--as-of", "2024-07-19");

    GeneratorOptions options = command.options();

    assertThat(options.plantedEffects()).isEqualTo(EffectSizes.defaults());
    assertThat(options.schools()).isEqualTo(20);
    assertThat(options.pupils()).isEqualTo(8_000);
    assertThat(options.years()).isEqualTo(2);
    assertThat(options.asOf()).isEqualTo(LocalDate.of(2024, 7, 19));
    assertThat(options.outputDir()).isEqualTo(Path.of("x"));
  }

  @Test
  void noEffectPlantsZeroEverywhere() {
    commandLine.parseArgs("--no-effect");

    assertThat(command.options().plantedEffects()).isEqualTo(EffectSizes.none());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--effect-first-month|-1|--effect-first-month must be between 0 and 100 attendance points,"
            + " was -1.0",
        "--effect-primary-9m|101|--effect-primary-9m must be between 0 and 100 attendance points,"
            + " was 101.0",
        "--effect-secondary-9m|NaN|--effect-secondary-9m must be between 0 and 100 attendance"
            + " points, was NaN",
        "--effect-remote|-0.5|--effect-remote must be between 0 and 100 attendance points,"
            + " was -0.5",
        "--effect-first-month|four|Invalid value for option '--effect-first-month': 'four' is not a"
            + " double",
        "--faults|0.9|fault rate must be between 0 and 0.5, was 0.9",
        "--la-code|30|LA code must be 3 digits: 30",
        "--preset|city|unknown preset 'city' (small, test, borough, county)",
      })
  void badValuesAreRefusedWithAMessageNamingTheOption(String option, String value, String error) {
    Rejection rejection = execute(option, value);

    assertThat(rejection.exitCode()).isEqualTo(2);
    assertThat(rejection.firstLine()).isEqualTo(error);
  }

  @Test
  void noEffectCannotBeCombinedWithEffectSizes() {
    Rejection rejection = execute("--no-effect", "--effect-primary-9m", "5");

    assertThat(rejection.exitCode()).isEqualTo(2);
    assertThat(rejection.firstLine())
        .isEqualTo("--no-effect cannot be combined with --effect-* sizes");
  }

  @Test
  void aCustomSizeNeedsSchoolsPupilsAndYears() {
    Rejection rejection = execute("--schools", "3", "--pupils", "300");

    assertThat(rejection.exitCode()).isEqualTo(2);
    assertThat(rejection.firstLine()).contains("Missing required argument").contains("--years");
  }

  @Test
  void tooFewPupilsPerSchoolIsRefused() {
    Rejection rejection = execute("--schools", "30", "--pupils", "200", "--years", "1");

    assertThat(rejection.exitCode()).isEqualTo(2);
    assertThat(rejection.firstLine())
        .isEqualTo("need at least 10 pupils per school, was 200 for 30 schools");
  }

  private Rejection execute(String... args) {
    StringWriter err = new StringWriter();
    commandLine.setErr(new PrintWriter(err));
    int exit = commandLine.execute(args);
    return new Rejection(exit, err.toString().lines().findFirst().orElse(""));
  }

  private record Rejection(int exitCode, String firstLine) {}
}
