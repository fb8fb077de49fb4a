package org.schoolattendance.jobs.cli;

import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;

@Component
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Measure speed and memory of each stage against a reference in the same run. (Not built yet.)")
class BenchCommand extends NotBuiltYet {

  BenchCommand() {
    super("The bench command");
  }
}
