package org.schoolattendance.ingest.calendar;

import org.schoolattendance.ingest.common.FileKind;
import org.schoolattendance.ingest.common.FileSetJobFactory;
import org.springframework.batch.core.Job;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The job that loads term calendars (terms, breaks, bank holidays, INSET days, closures). */
@Configuration
public class CalendarJobConfiguration {

  @Bean
  Job calendarJob(FileSetJobFactory jobs) {
    return jobs.create(FileKind.CALENDAR, new CalendarLoader());
  }
}
