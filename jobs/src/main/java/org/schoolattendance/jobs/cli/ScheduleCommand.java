package org.schoolattendance.jobs.cli;

import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;

@Component
@Command(
    name = "schedule",
    mixinStandardHelpOptions = true,
    description = "Run the long-running service (Not built yet.)")
class ScheduleCommand extends NotBuiltYet {

  ScheduleCommand() {
    super("The schedule command");
  }
}
