package org.schoolattendance.ingest.register;

import org.schoolattendance.ingest.common.FileKind;
import org.schoolattendance.ingest.common.FileSetJobFactory;
import org.springframework.batch.core.Job;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The job that loads register exports (one mark per pupil per session). */
@Configuration
public class RegisterJobConfiguration {

  @Bean
  Job registerJob(
      FileSetJobFactory jobs, @Value("${attendance.ingest.max-error-share:0.05}") double limit) {
    return jobs.create(FileKind.REGISTER, new RegisterLoader(limit));
  }
}
