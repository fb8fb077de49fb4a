package org.schoolattendance.ingest.census;

import org.schoolattendance.ingest.common.FileKind;
import org.schoolattendance.ingest.common.FileSetJobFactory;
import org.springframework.batch.core.Job;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The job that loads school census returns (pupil characteristics and termly attendance). */
@Configuration
public class CensusJobConfiguration {

  @Bean
  Job censusJob(FileSetJobFactory jobs) {
    return jobs.create(FileKind.CENSUS, new CensusLoader());
  }
}
