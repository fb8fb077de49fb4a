package org.schoolattendance.ingest;

import java.time.LocalDateTime;
import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Executions left STARTED by a process that died (kill -9) would block a rerun as "already
 * running". One process loads at a time (DuckDB allows one writer), so on start-up they are marked
 * failed, and the rerun restarts the same job instance.
 */
@Component
public class AbandonedExecutions {

  private static final Logger log = LoggerFactory.getLogger(AbandonedExecutions.class);

  private final JobExplorer explorer;
  private final JobRepository repository;

  public AbandonedExecutions(JobExplorer explorer, JobRepository repository) {
    this.explorer = explorer;
    this.repository = repository;
  }

  void markFailed(Collection<Job> jobs) {
    for (Job job : jobs) {
      for (JobExecution execution : explorer.findRunningJobExecutions(job.getName())) {
        LocalDateTime now = LocalDateTime.now();
        execution
            .getStepExecutions()
            .forEach(
                step -> {
                  step.setStatus(BatchStatus.FAILED);
                  step.setExitStatus(ExitStatus.FAILED);
                  step.setEndTime(now);
                  repository.update(step);
                });
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(
            ExitStatus.FAILED.addExitDescription("abandoned by a process that stopped"));
        execution.setEndTime(now);
        repository.update(execution);
        log.warn(
            "marked {} execution {} as failed: the process running it stopped; restarting it",
            job.getName(),
            execution.getId());
      }
    }
  }
}
