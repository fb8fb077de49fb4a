package org.schoolattendance.ingest.common;

import java.nio.file.Path;
import org.schoolattendance.sql.warehouse.Warehouse;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the one-step job that loads a manifest of files of one kind. The manifest path is the job
 * parameter {@value #MANIFEST}; its checksum {@value #MANIFEST_SHA256} makes reruns of the same
 * inputs the same job instance.
 */
@Component
public class FileSetJobFactory {

  public static final String MANIFEST = "manifest";
  public static final String MANIFEST_SHA256 = "manifest.sha256";

  private final JobRepository jobRepository;
  private final PlatformTransactionManager transactionManager;
  private final Warehouse warehouse;
  private final IngestEvents events;
  private final ErrorShareLimit errorShare;

  public FileSetJobFactory(
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      Warehouse warehouse,
      IngestEvents events,
      @Value("${attendance.ingest.max-error-share:0.05}") double maxErrorShare) {
    this.errorShare = new ErrorShareLimit(maxErrorShare);
    this.jobRepository = jobRepository;
    this.transactionManager = transactionManager;
    this.warehouse = warehouse;
    this.events = events;
  }

  public Job create(FileKind kind, FileLoader loader) {
    Step step =
        new StepBuilder(kind.jobName() + ".loadFiles", jobRepository)
            .tasklet(
                (contribution, context) -> {
                  String manifest =
                      context.getStepContext().getJobParameters().get(MANIFEST).toString();
                  return new FileSetTasklet(
                          kind, loader, warehouse, events, Path.of(manifest), errorShare)
                      .execute(contribution, context);
                },
                transactionManager)
            .build();
    return new JobBuilder(kind.jobName(), jobRepository).start(step).build();
  }
}
