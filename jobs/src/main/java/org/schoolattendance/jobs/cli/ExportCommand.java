package org.schoolattendance.jobs.cli;

import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;

@Component
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Copy the reporting marts to PostgreSQL (or any JDBC database) and write a Superset bundle. (Not built yet.)")
class ExportCommand extends NotBuiltYet {

  ExportCommand() {
    super("The export command");
  }
}
