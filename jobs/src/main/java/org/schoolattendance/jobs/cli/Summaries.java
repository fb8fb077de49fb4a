package org.schoolattendance.jobs.cli;

import java.util.List;
import org.schoolattendance.ingest.common.FileLoadResult;
import org.schoolattendance.jobs.delivery.Delivery;
import org.schoolattendance.jobs.pipeline.DeliveryStage;
import org.schoolattendance.jobs.pipeline.RenderedPack;
import org.schoolattendance.jobs.pipeline.TransformStage;

/** What each stage produced, printed for a person reading the terminal. */
final class Summaries {

  private Summaries() {}

  static void printIngest(List<FileLoadResult> results) {
    long loadedFiles = count(results, FileLoadResult.Status.LOADED);
    long skipped = count(results, FileLoadResult.Status.ALREADY_LOADED);
    long rejected = count(results, FileLoadResult.Status.REJECTED);
    long read = results.stream().mapToLong(FileLoadResult::rowsRead).sum();
    long rows = results.stream().mapToLong(FileLoadResult::rowsLoaded).sum();
    long quarantined = results.stream().mapToLong(FileLoadResult::rowsQuarantined).sum();
    long queries = results.stream().mapToLong(FileLoadResult::rowsQueried).sum();
    System.out.printf(
        "  ingest: %d files loaded, %d already loaded, %d rejected;"
            + " %,d rows read = %,d loaded + %,d quarantined (%,d queries to explain)%n",
        loadedFiles, skipped, rejected, read, rows, quarantined, queries);
    results.stream()
        .filter(result -> result.status() == FileLoadResult.Status.REJECTED)
        .forEach(
            result ->
                System.out.printf("    rejected %s: %s%n", result.fileName(), result.message()));
  }

  static void printTransform(TransformStage.Result result) {
    System.out.printf(
        "  transform: Parquet snapshot in %s; Spark read %,d rows and wrote %,d to %s"
            + " (%.1f s), loaded into table %s%n",
        result.snapshot(),
        result.summary().inputRows(),
        result.summary().outputRows(),
        result.summary().output(),
        result.summary().elapsed().toMillis() / 1000.0,
        TransformStage.LA_TREND_TABLE);
  }

  static void printPacks(List<RenderedPack> packs) {
    System.out.printf("  report: %d school packs%n", packs.size());
    packs.forEach(pack -> System.out.printf("    %s  %s%n", pack.urn(), pack.pdf()));
  }

  static void printDeliveries(DeliveryStage.Result result) {
    System.out.printf(
        "  deliver: %d emails sent through the %s%n", result.deliveries().size(), result.server());
    for (Delivery delivery : result.deliveries()) {
      System.out.printf(
          "    %s -> %s  (%s; copy %s)%n",
          delivery.urn(),
          delivery.recipient(),
          delivery.attachment().getFileName(),
          delivery.eml());
    }
  }

  private static long count(List<FileLoadResult> results, FileLoadResult.Status status) {
    return results.stream().filter(result -> result.status() == status).count();
  }
}
