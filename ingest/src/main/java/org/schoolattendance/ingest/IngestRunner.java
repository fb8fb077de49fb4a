package org.schoolattendance.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.schoolattendance.ingest.published.PublishedCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobInstanceAlreadyCompleteException;
import org.springframework.stereotype.Component;

/**
 * Runs the ingest jobs: one job execution per kind of input over its whole set of files, in the
 * order the kinds depend on each other (schools, calendars, census, registers, interventions).
 */
@Component
public class IngestRunner {

  private static final Logger log = LoggerFactory.getLogger(IngestRunner.class);

  private final JobLauncher launcher;
  private final AbandonedExecutions abandoned;
  private final IngestEvents events;
  private final Map<FileKind, Job> jobs = new EnumMap<>(FileKind.class);

  public IngestRunner(
      JobLauncher launcher, AbandonedExecutions abandoned, IngestEvents events, List<Job> all) {
    this.launcher = launcher;
    this.abandoned = abandoned;
    this.events = events;
    for (FileKind kind : FileKind.values()) {
      all.stream()
          .filter(job -> job.getName().equals(kind.jobName()))
          .findFirst()
          .ifPresent(job -> jobs.put(kind, job));
    }
  }

  /** Loads a folder laid out as docs/formats.md describes; returns one result per file. */
  public List<FileLoadResult> ingestFolder(
      Path inputDir, Path manifestDir, FileLoadListener listener) throws Exception {
    if (!Files.isDirectory(inputDir)) {
      throw new IllegalArgumentException("no input folder at " + inputDir);
    }
    Map<FileKind, List<InputFile>> files = new EnumMap<>(FileKind.class);
    for (FileKind kind : FileKind.values()) {
      files.put(kind, discover(inputDir, kind));
    }
    return ingest(files, manifestDir, listener);
  }

  /**
   * Loads the DfE statistics shipped with the product, copied to {@code folder} first. Each file is
   * loaded once; later runs find it in the ledger.
   */
  public List<FileLoadResult> ingestPublishedStatistics(
      Path folder, Path manifestDir, FileLoadListener listener) throws Exception {
    List<InputFile> files = PublishedCatalogue.shipped().extractTo(folder);
    return ingest(Map.of(FileKind.PUBLISHED_STATISTICS, files), manifestDir, listener);
  }

  /** Runs each kind's job over its files, kinds in dependency order. */
  public List<FileLoadResult> ingest(
      Map<FileKind, List<InputFile>> filesByKind, Path manifestDir, FileLoadListener listener)
      throws Exception {
    abandoned.markFailed(jobs.values());
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
        List<InputFile> files = filesByKind.getOrDefault(kind, List.of());
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
      case SCHOOL_DIRECTORY -> filesIn(inputDir, "schools.csv");
      case CALENDAR -> filesIn(inputDir.resolve("calendar"), "*.csv");
      case CENSUS -> filesIn(inputDir.resolve("census"), "*.xml");
      case REGISTER -> filesIn(inputDir.resolve("register"), "*.csv");
      case INTERVENTION_LOG -> filesIn(inputDir.resolve("interventions"), "*.csv");
      case PUBLISHED_STATISTICS -> List.of();
    };
  }

  private static List<InputFile> filesIn(Path folder, String glob) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    var matcher = folder.getFileSystem().getPathMatcher("glob:" + glob);
    try (Stream<Path> paths = Files.list(folder)) {
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
}
