package org.schoolattendance.ingest.register;

import org.schoolattendance.ingest.common.BatchLimit;
import org.schoolattendance.ingest.common.FileKind;
import org.schoolattendance.ingest.common.FileSetJobFactory;
import org.springframework.batch.core.Job;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The job that loads register exports (one mark per pupil per session), in batches of files: one
 * bulk read, one validation pass and one transaction per batch.
 */
@Configuration
public class RegisterJobConfiguration {

  @Bean
  Job registerJob(
      FileSetJobFactory jobs,
      @Value("${attendance.ingest.max-error-share:0.05}") double limit,
      @Value("${attendance.ingest.register-batch-files:200}") int batchFiles,
      @Value("${attendance.ingest.register-batch-megabytes:256}") long batchMegabytes) {
    return jobs.create(
        FileKind.REGISTER,
        new RegisterBatchLoader(limit),
        new BatchLimit(batchFiles, batchMegabytes << 20));
  }
}
