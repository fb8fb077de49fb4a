package org.schoolattendance.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.schoolattendance.ingest.common.FileKind;
import org.schoolattendance.ingest.common.FileLoadListener;
import org.schoolattendance.ingest.common.FileLoadResult;
import org.schoolattendance.ingest.common.FileManifest;
import org.schoolattendance.ingest.common.FileSetJobFactory;
import org.schoolattendance.ingest.common.IngestEvents;
import org.schoolattendance.ingest.common.InputFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Loads a folder laid out as the generator writes it ({@code schools.csv}, {@code calendar/},
 * {@code census/}, {@code register/}) by running each kind's job over its whole set of files.
 */
@Component
public class IngestRunner {

  private static final Logger log = LoggerFactory.getLogger(IngestRunner.class);

  private final JobLauncher launcher;
  private final JobExplorer explorer;
  private final JobRepository repository;
  private final IngestEvents events;
  private final Map<FileKind, Job> jobs = new EnumMap<>(FileKind.class);

  public IngestRunner(
      JobLauncher launcher,
      JobExplorer explorer,
      JobRepository repository,
      IngestEvents events,
      List<Job> allJobs) {
    this.launcher = launcher;
    this.explorer = explorer;
    this.repository = repository;
    this.events = events;
    for (FileKind kind : FileKind.values()) {
      allJobs.stream()
          .filter(job -> job.getName().equals(kind.jobName()))
          .findFirst()
          .ifPresent(job -> jobs.put(kind, job));
    }
  }

  /** Loads every input file under {@code inputDir}; returns one result per file. */
  public List<FileLoadResult> ingestFolder(
      Path inputDir, Path manifestDir, FileLoadListener listener) throws Exception {
    if (!Files.isDirectory(inputDir)) {
      throw new IllegalArgumentException("no input folder at " + inputDir);
    }
    markAbandonedExecutionsFailed();
    List<FileLoadResult> results = new ArrayList<>();
    FileLoadListener collector =
        new FileLoadListener() {
          @Override
          public void fileStarted(FileKind kind, InputFile file, int index, int total) {
            listener.fileStarted(kind, file, index, total);
          }

          @Override
          public void fileFinished(FileLoadResult result) {
            results.add(result);
            listener.fileFinished(result);
          }
        };
    try (AutoCloseable subscription = events.listen(collector)) {
      for (FileKind kind : FileKind.values()) {
        List<InputFile> files = discover(inputDir, kind);
        if (!files.isEmpty()) {
          run(kind, files, manifestDir);
        }
      }
    }
    return results;
  }

  private void run(FileKind kind, List<InputFile> files, Path manifestDir) throws Exception {
    Path manifest = FileManifest.write(manifestDir, kind, files);
    JobParameters parameters =
        new JobParametersBuilder()
            .addString(FileSetJobFactory.MANIFEST, manifest.toString())
            .addString(FileSetJobFactory.MANIFEST_SHA256, InputFile.of(manifest).sha256())
            .toJobParameters();
    JobExecution execution;
    try {
      execution = launcher.run(jobs.get(kind), parameters);
    } catch (JobInstanceAlreadyCompleteException e) {
      log.info("{}: these {} files were loaded by an earlier run", kind.jobName(), files.size());
      return;
    }
    if (execution.getStatus() != BatchStatus.COMPLETED) {
      String reason =
          execution.getAllFailureExceptions().stream()
              .map(Throwable::getMessage)
              .findFirst()
              .orElse(execution.getExitStatus().getExitDescription());
      throw new IngestFailedException(kind.jobName() + ": " + reason);
    }
  }

  static List<InputFile> discover(Path inputDir, FileKind kind) {
    return switch (kind) {
      case SCHOOL_DIRECTORY -> filesIn(inputDir, "schools.csv", 1);
      case CALENDAR -> filesIn(inputDir.resolve("calendar"), "*.csv", 1);
      case CENSUS -> filesIn(inputDir.resolve("census"), "*.xml", 1);
      case REGISTER -> filesIn(inputDir.resolve("register"), "*.csv", 1);
    };
  }

  private static List<InputFile> filesIn(Path folder, String glob, int depth) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    var matcher = folder.getFileSystem().getPathMatcher("glob:" + glob);
    try (Stream<Path> paths = Files.walk(folder, depth)) {
      return paths
          .filter(Files::isRegularFile)
          .filter(path -> matcher.matches(path.getFileName()))
          .sorted()
          .map(InputFile::of)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  /**
   * Executions left STARTED by a process that died (kill -9) would block a rerun as "already
   * running"; this process is the only loader, so they are marked failed and can restart.
   */
  private void markAbandonedExecutionsFailed() {
    for (Job job : jobs.values()) {
      for (JobExecution execution : explorer.findRunningJobExecutions(job.getName())) {
        execution
            .getStepExecutions()
            .forEach(
                step -> {
                  step.setStatus(BatchStatus.FAILED);
                  step.setExitStatus(ExitStatus.FAILED);
                  step.setEndTime(LocalDateTime.now());
                  repository.update(step);
                });
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(
            ExitStatus.FAILED.addExitDescription("abandoned by a process that stopped"));
        execution.setEndTime(LocalDateTime.now());
        repository.update(execution);
        log.warn("marked an abandoned {} execution as failed so it can restart", job.getName());
      }
    }
  }
}
