package org.schoolattendance.jobs.cli;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.schoolattendance.ingest.common.FileLoadResult;
import org.schoolattendance.jobs.delivery.Delivery;
import org.schoolattendance.jobs.delivery.OutgoingMessage;
import org.schoolattendance.jobs.delivery.RecipientRole;
import org.schoolattendance.jobs.pipeline.DeliveryStage;
import org.schoolattendance.jobs.pipeline.RenderedPack;
import org.schoolattendance.jobs.pipeline.TransformStage;
import org.schoolattendance.reports.pack.PackDocument;

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
    Map<PackDocument, Long> byDocument =
        packs.stream()
            .collect(
                Collectors.groupingBy(
                    RenderedPack::document,
                    () -> new EnumMap<>(PackDocument.class),
                    Collectors.counting()));
    long schools =
        packs.stream()
            .filter(pack -> pack.document().perSchool())
            .map(RenderedPack::owner)
            .distinct()
            .count();
    System.out.printf(
        "  report: %d files for %d schools%s (%s)%n",
        packs.size(),
        schools,
        byDocument.containsKey(PackDocument.LA_COMPARISON) ? " and the LA" : "",
        byDocument.entrySet().stream()
            .map(entry -> entry.getValue() + " " + describe(entry.getKey()))
            .collect(Collectors.joining(", ")));
    packs.forEach(
        pack ->
            System.out.printf(
                "    %-9s %s%n", pack.owner(), pack.path().toAbsolutePath().normalize()));
  }

  static void printDeliveries(DeliveryStage.Result result) {
    Map<RecipientRole, Long> sentTo =
        result.deliveries().stream()
            .filter(delivery -> delivery.status() == Delivery.Status.SENT)
            .collect(
                Collectors.groupingBy(
                    delivery -> delivery.message().kind().role(),
                    () -> new EnumMap<>(RecipientRole.class),
                    Collectors.counting()));
    System.out.printf(
        "  deliver: %d emails sent through the %s (%s)%s%n",
        result.count(Delivery.Status.SENT),
        result.server(),
        sentTo.entrySet().stream()
            .map(entry -> entry.getKey().label() + " " + entry.getValue())
            .collect(Collectors.joining(", ")),
        result.count(Delivery.Status.SKIPPED) > 0
            ? "; " + result.count(Delivery.Status.SKIPPED) + " skipped"
            : "");
    for (Delivery delivery : result.deliveries()) {
      OutgoingMessage message = delivery.message();
      String files =
          message.attachments().stream()
              .map(RenderedPack::fileName)
              .collect(Collectors.joining(", "));
      if (delivery.status() == Delivery.Status.SENT) {
        System.out.printf(
            "    %-9s %s -> %s  (%s; copy %s)%n",
            message.owner(),
            message.kind().role().label(),
            message.recipient(),
            files,
            delivery.eml());
      } else {
        System.out.printf(
            "    %-9s %s SKIPPED: %s  (%s not sent)%n",
            message.owner(), message.kind().role().label(), delivery.detail(), files);
      }
    }
  }

  /** "head annex" for HEAD_ANNEX, as a person would say it. */
  private static String describe(PackDocument document) {
    return document.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static long count(List<FileLoadResult> results, FileLoadResult.Status status) {
    return results.stream().filter(result -> result.status() == status).count();
  }
}
