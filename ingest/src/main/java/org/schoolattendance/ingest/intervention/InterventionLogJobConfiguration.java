package org.schoolattendance.ingest.intervention;

import org.schoolattendance.ingest.common.FileKind;
import org.schoolattendance.ingest.common.FileSetJobFactory;
import org.springframework.batch.core.Job;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The job that loads the LA's intervention logs (visits, meetings, calls, letters, notices). */
@Configuration
public class InterventionLogJobConfiguration {

  @Bean
  Job interventionLogJob(FileSetJobFactory jobs) {
    return jobs.create(FileKind.INTERVENTION_LOG, new InterventionLogLoader());
  }
}
