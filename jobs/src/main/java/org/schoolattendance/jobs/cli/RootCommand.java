package org.schoolattendance.jobs.cli;

import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;

@Component
@Command(
    name = "attendance-warehouse",
    mixinStandardHelpOptions = true,
    version = "attendance-warehouse 0.1.0",
    description = "Attendance analytics and reporting warehouse for schools and local authorities.",
    subcommands = {
      DemoCommand.class,
      GenerateCommand.class,
      IngestCommand.class,
      ModelCommand.class,
      TransformCommand.class,
      ReportCommand.class,
      DeliverCommand.class,
      ExportCommand.class,
      ScheduleCommand.class,
      BenchCommand.class
    })
public class RootCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
