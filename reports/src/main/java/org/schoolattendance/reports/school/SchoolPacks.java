package org.schoolattendance.reports.school;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.schoolattendance.reports.ReportRenderingException;
import org.schoolattendance.reports.pack.Pack;
import org.schoolattendance.reports.pack.PackDocument;
import org.schoolattendance.reports.pack.PackFile;
import org.schoolattendance.reports.pack.PackPeriod;
import org.schoolattendance.reports.pack.PackRequest;
import org.schoolattendance.reports.pack.document.PackDocumentRenderer;
import org.schoolattendance.reports.pack.document.PackLayout;
import org.schoolattendance.reports.query.WarehouseQuery;

/**
 * The per-school packs: governor, head with its separate annex, and Ofsted-ready. Every school's
 * figures are read first, on the caller's connection; the PDFs are then filled and written in
 * parallel, since filling and export are CPU-bound and the compiled template is shared.
 */
public final class SchoolPacks {

  private final PackDocumentRenderer renderer = new PackDocumentRenderer();
  private final int threads;

  public SchoolPacks() {
    this(Math.max(1, Runtime.getRuntime().availableProcessors()));
  }

  public SchoolPacks(int threads) {
    this.threads = threads;
  }

  /** Renders the requested per-school packs for every school (or the one asked for). */
  public List<PackFile> render(
      Connection warehouse, PackRequest request, PackPeriod period, Path outputFolder)
      throws SQLException {
    Set<PackDocument> documents = schoolDocuments(request.packs());
    if (documents.isEmpty()) {
      return List.of();
    }
    WarehouseQuery query = new WarehouseQuery(warehouse);
    MartPeriod martPeriod = MartPeriod.of(query, period);
    AnnexThresholds thresholds = AnnexThresholds.load(query);
    LocalDate dataAsOf = dataAsOf(query, period);
    List<Job> jobs = new ArrayList<>();
    for (SchoolInfo school : schools(query, request, martPeriod)) {
      SchoolFacts facts =
          SchoolFacts.load(
              query,
              school,
              period,
              martPeriod,
              dataAsOf,
              request.synthetic(),
              thresholds.suppressionMinimum());
      for (PackDocument document : documents) {
        jobs.add(
            new Job(document, facts, layout(query, document, facts, thresholds), outputFolder));
      }
    }
    return renderAll(jobs);
  }

  private PackLayout layout(
      WarehouseQuery query, PackDocument document, SchoolFacts facts, AnnexThresholds thresholds)
      throws SQLException {
    return switch (document) {
      case GOVERNOR -> GovernorPack.layout(facts);
      case HEAD -> HeadPack.layout(facts);
      case HEAD_ANNEX ->
          HeadAnnex.layout(
              facts,
              AnnexFigures.load(
                  query, facts.school(), facts.period(), thresholds, yearStart(facts)),
              thresholds,
              LocalDate.now());
      case OFSTED -> OfstedPack.layout(facts, OfstedPack.quintiles(query, facts));
      default -> throw new IllegalArgumentException(document + " is not a school document");
    };
  }

  private static LocalDate yearStart(SchoolFacts facts) {
    int year = Integer.parseInt(facts.period().academicYear().substring(0, 4));
    return LocalDate.of(year, 9, 1);
  }

  private record Job(PackDocument document, SchoolFacts facts, PackLayout layout, Path folder) {}

  private List<PackFile> renderAll(List<Job> jobs) {
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.min(threads, Math.max(1, jobs.size())));
    try {
      List<Future<PackFile>> futures = new ArrayList<>();
      for (Job job : jobs) {
        futures.add(pool.submit(() -> render(job)));
      }
      List<PackFile> files = new ArrayList<>();
      for (Future<PackFile> future : futures) {
        files.add(future.get());
      }
      return files;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReportRenderingException("interrupted while rendering packs", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new ReportRenderingException("cannot render a pack", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private PackFile render(Job job) {
    SchoolInfo school = job.facts().school();
    PackPeriod period = job.facts().packPeriod();
    Path pdf = job.folder().resolve(PackFile.fileName(job.document(), school.urn(), period));
    renderer.render(job.layout(), pdf);
    return new PackFile(job.document(), school.urn(), school.laCode(), school.name(), period, pdf);
  }

  private static List<SchoolInfo> schools(
      WarehouseQuery query, PackRequest request, MartPeriod period) throws SQLException {
    if (request.onlyUrn() != null) {
      return List.of(SchoolInfo.find(query, request.onlyUrn()));
    }
    return period.hasFigures() ? SchoolInfo.withFigures(query, period) : SchoolInfo.all(query);
  }

  /**
   * When the data were extracted: the freshest register date in the warehouse; for a year to date,
   * its as-of date if that is earlier.
   */
  private static LocalDate dataAsOf(WarehouseQuery query, PackPeriod period) throws SQLException {
    Optional<LocalDate> latest =
        query.first(
            "select max(latest_register_date) from dim_school",
            row -> row.getObject(1, LocalDate.class));
    if (latest.isEmpty() || (period.yearToDate() && period.end().isBefore(latest.get()))) {
      return period.end();
    }
    return latest.get();
  }

  static Set<PackDocument> schoolDocuments(Set<Pack> packs) {
    Set<PackDocument> documents = EnumSet.noneOf(PackDocument.class);
    packs.forEach(
        pack -> pack.documents().stream().filter(PackDocument::perSchool).forEach(documents::add));
    return documents;
  }

  /** For tests: the layouts a request would render for one school, keyed by document. */
  static Map<PackDocument, PackLayout> layouts(
      Connection warehouse, PackRequest request, PackPeriod period, String urn)
      throws SQLException {
    WarehouseQuery query = new WarehouseQuery(warehouse);
    MartPeriod martPeriod = MartPeriod.of(query, period);
    AnnexThresholds thresholds = AnnexThresholds.load(query);
    SchoolFacts facts =
        SchoolFacts.load(
            query,
            SchoolInfo.find(query, urn),
            period,
            martPeriod,
            dataAsOf(query, period),
            request.synthetic(),
            thresholds.suppressionMinimum());
    Map<PackDocument, PackLayout> layouts = new java.util.EnumMap<>(PackDocument.class);
    for (PackDocument document : schoolDocuments(request.packs())) {
      layouts.put(document, new SchoolPacks(1).layout(query, document, facts, thresholds));
    }
    return layouts;
  }
}
