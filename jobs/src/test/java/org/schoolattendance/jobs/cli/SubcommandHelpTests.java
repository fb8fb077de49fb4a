package org.schoolattendance.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Each subcommand's help, from the command definitions alone (no stage is started). */
class SubcommandHelpTests {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "demo",
        "generate",
        "ingest",
        "model",
        "transform",
        "report",
        "deliver",
        "export",
        "schedule",
        "bench"
      })
  void everySubcommandHasHelp(String subcommand) {
    StringWriter out = new StringWriter();
    CommandLine commandLine = new CommandLine(new RootCommand(), new UnwiredFactory());
    commandLine.setOut(new PrintWriter(out));

    int exit = commandLine.execute(subcommand, "--help");

    assertThat(exit).isZero();
    assertThat(out.toString())
        .startsWith("Usage: attendance-warehouse " + subcommand)
        .contains("-h, --help");
  }

  @ParameterizedTest
  @ValueSource(strings = {"export", "schedule"})
  void unbuiltSubcommandsExitNonZero(String subcommand) {
    CommandLine commandLine = new CommandLine(new RootCommand(), new UnwiredFactory());

    assertThat(commandLine.execute(subcommand)).isEqualTo(2);
  }

  /** Builds commands with no stages wired in: enough to parse options and print help. */
  private static final class UnwiredFactory implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      Constructor<?> constructor = type.getDeclaredConstructors()[0];
      constructor.setAccessible(true);
      Object[] arguments =
          java.util.Arrays.stream(constructor.getParameterTypes())
              .map(parameter -> parameter == java.util.List.class ? java.util.List.of() : null)
              .toArray();
      try {
        return type.cast(constructor.newInstance(arguments));
      } catch (ReflectiveOperationException e) {
        return CommandLine.defaultFactory().create(type);
      }
    }
  }
}
