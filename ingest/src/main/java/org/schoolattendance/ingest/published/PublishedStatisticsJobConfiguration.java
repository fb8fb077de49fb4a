package org.schoolattendance.ingest.published;

import org.schoolattendance.ingest.common.FileKind;
import org.schoolattendance.ingest.common.FileSetJobFactory;
import org.springframework.batch.core.Job;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The job that loads the published DfE statistics shipped with the product. */
@Configuration
public class PublishedStatisticsJobConfiguration {

  @Bean
  Job publishedStatisticsJob(FileSetJobFactory jobs) {
    return jobs.create(FileKind.PUBLISHED_STATISTICS, new PublishedStatisticsLoader());
  }
}
