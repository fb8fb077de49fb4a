package org.schoolattendance.ingest.school;

import org.schoolattendance.ingest.common.FileKind;
import org.schoolattendance.ingest.common.FileSetJobFactory;
import org.springframework.batch.core.Job;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The job that loads the school directory (URN, LA, phase, recipients). */
@Configuration
public class SchoolDirectoryJobConfiguration {

  @Bean
  Job schoolDirectoryJob(FileSetJobFactory jobs) {
    return jobs.create(FileKind.SCHOOL_DIRECTORY, new SchoolDirectoryLoader());
  }
}
