package org.schoolattendance.ingest.common;

import java.nio.file.Path;
import org.schoolattendance.sql.warehouse.Warehouse;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
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

  /** A job that loads each file in a transaction of its own. */
  public Job create(FileKind kind, FileLoader loader) {
    return job(
        kind,
        (contribution, context) ->
            new FileSetTasklet(kind, loader, warehouse, events, manifest(context), errorShare)
                .execute(contribution, context));
  }

  /** A job that loads its files in batches, one transaction per batch. */
  public Job create(FileKind kind, FileBatchLoader loader, BatchLimit limit) {
    return job(
        kind,
        (contribution, context) ->
            FileBatchTasklet.over(kind, loader, limit, warehouse, events, manifest(context))
                .execute(contribution, context));
  }

  private Job job(FileKind kind, Tasklet tasklet) {
    Step step =
        new StepBuilder(kind.jobName() + ".loadFiles", jobRepository)
            .tasklet(tasklet, transactionManager)
            .build();
    return new JobBuilder(kind.jobName(), jobRepository).start(step).build();
  }

  private static Path manifest(ChunkContext context) {
    return Path.of(context.getStepContext().getJobParameters().get(MANIFEST).toString());
  }
}
