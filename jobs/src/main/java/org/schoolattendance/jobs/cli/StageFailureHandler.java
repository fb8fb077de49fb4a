package org.schoolattendance.jobs.cli;

import org.schoolattendance.jobs.pipeline.StageFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** A failed run ends with one line that names the stage and the reason, and a non-zero exit. */
public class StageFailureHandler implements IExecutionExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(StageFailureHandler.class);

  @Override
  public int handleExecutionException(
      Exception exception, CommandLine commandLine, ParseResult parseResult) {
    log.error("run failed", exception);
    String message =
        exception instanceof StageFailedException
            ? exception.getMessage()
            : commandLine.getCommandName() + ": " + exception.getMessage();
    commandLine.getErr().println("FAILED " + oneLine(message));
    return 1;
  }

  private static String oneLine(String text) {
    return String.valueOf(text).replaceAll("\\s+", " ").strip();
  }
}
