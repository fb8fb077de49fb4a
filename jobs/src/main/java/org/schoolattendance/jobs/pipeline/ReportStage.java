package org.schoolattendance.jobs.pipeline;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.schoolattendance.jobs.config.AttendanceProperties;
import org.schoolattendance.jobs.progress.Progress;
import org.schoolattendance.reports.school.SchoolPack;
import org.schoolattendance.reports.school.SchoolPackQuery;
import org.schoolattendance.reports.school.SchoolPackRenderer;
import org.schoolattendance.sql.warehouse.Warehouse;
import org.springframework.stereotype.Component;

/** Renders one school attendance pack per school for a term (the latest term by default). */
@Component
public class ReportStage {

  private final Warehouse warehouse;
  private final AttendanceProperties properties;

  public ReportStage(Warehouse warehouse, AttendanceProperties properties) {
    this.warehouse = warehouse;
    this.properties = properties;
  }

  public Path packsFolder() {
    return properties.workDir().resolve("packs");
  }

  /**
   * @param termId a term like {@code 2024/25-summer}, or null for the latest with figures
   * @param onlyUrn one school's URN, or null for every school
   * @param dataAsOf the date the data describe, shown on every pack; null for the latest date with
   *     register marks
   * @param synthetic whether to mark the packs as synthetic data
   */
  public List<RenderedPack> run(
      String termId, String onlyUrn, LocalDate dataAsOf, boolean synthetic) {
    try (Connection connection = warehouse.openReadOnly()) {
      SchoolPackQuery query =
          new SchoolPackQuery(
              connection, dataAsOf != null ? dataAsOf : latestRegisterDate(connection), synthetic);
      String term = termId != null ? termId : query.latestTermId();
      List<String> urns = onlyUrn != null ? List.of(onlyUrn) : query.schoolsWithFigures(term);
      SchoolPackRenderer renderer = new SchoolPackRenderer();
      List<RenderedPack> packs = new ArrayList<>();
      try (Progress progress = Progress.start("report", urns.size())) {
        for (String urn : urns) {
          SchoolPack pack = query.forSchool(urn, term);
          Path pdf =
              packsFolder().resolve(urn + "-" + term.replace('/', '-') + "-school-summary.pdf");
          renderer.render(pack, pdf);
          packs.add(
              new RenderedPack(urn, pack.schoolName(), term, headEmail(connection, urn), pdf));
          progress.step();
        }
      }
      return packs;
    } catch (StageFailedException e) {
      throw e;
    } catch (Exception e) {
      throw new StageFailedException("report", e.getMessage(), e);
    }
  }

  /** The packs already in the packs folder, for delivering them in a separate run. */
  public List<RenderedPack> findRendered() {
    List<RenderedPack> packs = new ArrayList<>();
    try (Connection connection = warehouse.openReadOnly();
        var files = java.nio.file.Files.list(packsFolder())) {
      for (Path pdf : files.sorted().toList()) {
        java.util.regex.Matcher name = PACK_NAME.matcher(pdf.getFileName().toString());
        if (name.matches()) {
          String urn = name.group(1);
          String term = name.group(2) + "/" + name.group(3) + "-" + name.group(4);
          packs.add(
              new RenderedPack(
                  urn, schoolName(connection, urn), term, headEmail(connection, urn), pdf));
        }
      }
      return packs;
    } catch (Exception e) {
      throw new StageFailedException("deliver", "cannot list the packs: " + e.getMessage(), e);
    }
  }

  private static final java.util.regex.Pattern PACK_NAME =
      java.util.regex.Pattern.compile("(\\d{6})-(\\d{4})-(\\d{2})-(\\w+)-school-summary\\.pdf");

  private static LocalDate latestRegisterDate(Connection connection) throws Exception {
    try (PreparedStatement query =
            connection.prepareStatement("select max(latest_register_date) from dim_school");
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getObject(1, LocalDate.class);
    }
  }

  private static String schoolName(Connection connection, String urn) throws Exception {
    try (PreparedStatement query =
        connection.prepareStatement("select school_name from dim_school where urn = ?")) {
      query.setString(1, urn);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? row.getString(1) : urn;
      }
    }
  }

  private static String headEmail(Connection connection, String urn) throws Exception {
    try (PreparedStatement query =
        connection.prepareStatement("select head_email from dim_school where urn = ?")) {
      query.setString(1, urn);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    }
  }
}
