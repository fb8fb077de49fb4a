package org.schoolattendance.jobs.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.schoolattendance.ingest.IngestRunner;
import org.schoolattendance.ingest.common.FileKind;
import org.schoolattendance.ingest.common.FileLoadListener;
import org.schoolattendance.ingest.common.FileLoadResult;
import org.schoolattendance.ingest.common.InputFile;
import org.schoolattendance.jobs.config.AttendanceProperties;
import org.schoolattendance.jobs.progress.Progress;
import org.springframework.stereotype.Component;

/** Loads a folder of input files into the warehouse through the Spring Batch jobs. */
@Component
public class IngestStage {

  private final IngestRunner runner;
  private final AttendanceProperties properties;

  public IngestStage(IngestRunner runner, AttendanceProperties properties) {
    this.runner = runner;
    this.properties = properties;
  }

  public List<FileLoadResult> run(Path inputDir) {
    try {
      return runner.ingestFolder(
          inputDir, properties.workDir().resolve("manifests"), new ProgressListener());
    } catch (Exception e) {
      throw new StageFailedException("ingest", e.getMessage(), e);
    }
  }

  private static final class ProgressListener implements FileLoadListener {
    private Progress progress;

    @Override
    public void fileStarted(FileKind kind, InputFile file, int index, int total) {
      if (index == 0) {
        progress = Progress.start("ingest " + kind.name().toLowerCase().replace('_', ' '), total);
      }
    }

    @Override
    public void fileFinished(FileLoadResult result) {
      progress.step();
      if (result.status() == FileLoadResult.Status.REJECTED) {
        System.out.printf("  rejected %s: %s%n", result.fileName(), result.message());
      }
    }
  }
}
