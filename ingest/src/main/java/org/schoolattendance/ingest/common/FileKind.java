package org.schoolattendance.ingest.common;

/** The kinds of input file, in the order they must be loaded. */
public enum FileKind {
  SCHOOL_DIRECTORY("schoolDirectoryJob"),
  CALENDAR("calendarJob"),
  CENSUS("censusJob"),
  REGISTER("registerJob"),
  INTERVENTION_LOG("interventionLogJob"),
  PUBLISHED_STATISTICS("publishedStatisticsJob");

  private final String jobName;

  FileKind(String jobName) {
    this.jobName = jobName;
  }

  public String jobName() {
    return jobName;
  }
}
