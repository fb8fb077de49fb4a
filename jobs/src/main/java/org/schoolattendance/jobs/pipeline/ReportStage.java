package org.schoolattendance.jobs.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schoolattendance.jobs.config.AttendanceProperties;
import org.schoolattendance.jobs.delivery.Checksums;
import org.schoolattendance.jobs.delivery.PackManifest;
import org.schoolattendance.reports.pack.PackFile;
import org.schoolattendance.reports.pack.PackRequest;
import org.schoolattendance.reports.pack.Packs;
import org.schoolattendance.sql.warehouse.Warehouse;
import org.springframework.stereotype.Component;

/**
 * Renders the requested packs into {@code <work-dir>/packs} with predictable file names, and lists
 * them in a manifest there so that a later {@code deliver} sends exactly those files.
 */
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

  public List<RenderedPack> run(PackRequest request) {
    try {
      if (!Files.isRegularFile(warehouse.file())) {
        throw nothingBuilt();
      }
      List<RenderedPack> rendered = new ArrayList<>();
      try (Connection connection = warehouse.openReadOnly()) {
        new ReportRequestCheck(connection).check(request);
        Files.createDirectories(packsFolder());
        List<PackFile> files = new Packs().render(connection, request, packsFolder());
        Map<String, Contacts> contacts = schoolContacts(connection);
        for (PackFile file : files) {
          Contacts contact = contacts.getOrDefault(file.urn(), Contacts.NONE);
          rendered.add(
              new RenderedPack(
                  file, contact.head(), contact.clerk(), Checksums.sha256(file.path())));
        }
      }
      PackManifest.write(packsFolder(), rendered);
      return rendered;
    } catch (StageFailedException e) {
      throw e;
    } catch (Exception e) {
      throw new StageFailedException("report", e.getMessage(), e);
    }
  }

  /** The files the last report run wrote, for delivering them in a separate run. */
  public List<RenderedPack> findRendered() {
    try {
      return PackManifest.read(packsFolder());
    } catch (Exception e) {
      throw new StageFailedException("deliver", e.getMessage(), e);
    }
  }

  private StageFailedException nothingBuilt() {
    return new StageFailedException(
        "report",
        "nothing to report yet: "
            + warehouse.file()
            + " does not exist; run ingest and model first (or demo)",
        null);
  }

  private record Contacts(String head, String clerk) {
    static final Contacts NONE = new Contacts(null, null);
  }

  /** Head and clerk email per URN, as the school directory has them now. */
  private static Map<String, Contacts> schoolContacts(Connection connection) throws SQLException {
    Map<String, Contacts> contacts = new HashMap<>();
    try (PreparedStatement query =
            connection.prepareStatement("select urn, head_email, clerk_email from dim_school");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        contacts.put(rows.getString(1), new Contacts(rows.getString(2), rows.getString(3)));
      }
    }
    return contacts;
  }
}
