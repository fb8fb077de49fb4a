package org.schoolattendance.jobs.pipeline;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.schoolattendance.ingest.IngestRunner;
import org.schoolattendance.ingest.common.FileKind;
import org.schoolattendance.ingest.common.FileLoadListener;
import org.schoolattendance.ingest.common.FileLoadResult;
import org.schoolattendance.ingest.common.IngestReport;
import org.schoolattendance.ingest.common.InputFile;
import org.schoolattendance.ingest.inbox.InboxIngest;
import org.schoolattendance.jobs.config.AttendanceProperties;
import org.schoolattendance.jobs.progress.Progress;
import org.schoolattendance.sql.warehouse.RawSchema;
import org.schoolattendance.sql.warehouse.Warehouse;
import org.springframework.stereotype.Component;

/**
 * Loads input files into the warehouse through the Spring Batch jobs, from a folder laid out as
 * docs/formats.md describes or from an inbox, then the DfE statistics shipped with the product.
 */
@Component
public class IngestStage {

  private final IngestRunner runner;
  private final InboxIngest inbox;
  private final Warehouse warehouse;
  private final AttendanceProperties properties;

  public IngestStage(
      IngestRunner runner,
      InboxIngest inbox,
      Warehouse warehouse,
      AttendanceProperties properties) {
    this.runner = runner;
    this.inbox = inbox;
    this.warehouse = warehouse;
    this.properties = properties;
  }

  public List<FileLoadResult> run(Path inputDir) {
    try {
      List<FileLoadResult> results =
          new ArrayList<>(runner.ingestFolder(inputDir, manifests(), new ProgressListener()));
      results.addAll(publishedStatistics());
      return results;
    } catch (Exception e) {
      throw new StageFailedException("ingest", e.getMessage(), e);
    }
  }

  public List<FileLoadResult> runInbox(Path inboxDir) {
    try {
      List<FileLoadResult> results =
          new ArrayList<>(inbox.ingest(inboxDir, manifests(), new ProgressListener()));
      results.addAll(publishedStatistics());
      return results;
    } catch (Exception e) {
      throw new StageFailedException("ingest", e.getMessage(), e);
    }
  }

  public Report report(int limit) {
    try (Connection connection = warehouse.open()) {
      RawSchema.ensure(connection);
      return new Report(
          IngestReport.recentLoads(connection, limit), IngestReport.countsByRule(connection));
    } catch (Exception e) {
      throw new StageFailedException("ingest", e.getMessage(), e);
    }
  }

  public record Report(List<IngestReport.Load> loads, List<IngestReport.RuleCount> rules) {}

  private List<FileLoadResult> publishedStatistics() throws Exception {
    return runner.ingestPublishedStatistics(
        properties.workDir().resolve("published").resolve("dfe"),
        manifests(),
        new ProgressListener());
  }

  private Path manifests() {
    return properties.workDir().resolve("manifests");
  }

  private static final class ProgressListener implements FileLoadListener {
    private Progress progress;

    @Override
    public void fileStarted(FileKind kind, InputFile file, int index, int total) {
      if (index == 0) {
        progress =
            Progress.start(
                "ingest " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' '), total);
      }
    }

    @Override
    public void fileFinished(FileLoadResult result) {
      if (progress != null) {
        progress.step();
      }
      if (result.status() == FileLoadResult.Status.REJECTED) {
        System.out.printf("  rejected %s: %s%n", result.fileName(), result.message());
      }
    }
  }
}
