package org.schoolattendance.jobs;

import org.schoolattendance.jobs.cli.RootCommand;
import org.schoolattendance.jobs.cli.StageFailureHandler;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** The attendance warehouse: one application, one command line with a subcommand per stage. */
@SpringBootApplication(scanBasePackages = "org.schoolattendance")
public class AttendanceApplication implements CommandLineRunner, ExitCodeGenerator {

  private final IFactory factory;
  private final RootCommand root;
  private int exitCode;

  AttendanceApplication(IFactory factory, RootCommand root) {
    this.factory = factory;
    this.root = root;
  }

  public static void main(String[] args) {
    WorkDirArgument.applyTo(args);
    SpringApplication application = new SpringApplication(AttendanceApplication.class);
    application.setAddCommandLineProperties(false);
    System.exit(SpringApplication.exit(application.run(args)));
  }

  @Override
  public void run(String... args) {
    exitCode =
        new CommandLine(root, factory)
            .setExecutionExceptionHandler(new StageFailureHandler())
            .execute(args);
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }
}
