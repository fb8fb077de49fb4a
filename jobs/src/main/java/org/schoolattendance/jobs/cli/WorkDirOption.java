package org.schoolattendance.jobs.cli;

import picocli.CommandLine.Option;

/** Documents --work-dir; its value is applied before Spring starts (see WorkDirArgument). */
class WorkDirOption {

  @Option(
      names = "--work-dir",
      paramLabel = "DIR",
      description =
          "Working folder for the warehouse, metadata, packs, mail and logs"
              + " (default: $WORK_DIR or ./demo-output).")
  String workDir;
}
