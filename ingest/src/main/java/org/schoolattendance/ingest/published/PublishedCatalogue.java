package org.schoolattendance.ingest.published;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.schoolattendance.ingest.common.InputFile;

/**
 * The DfE files shipped inside the product ({@code dfe/} on the classpath). Jobs read files, so the
 * catalogue copies them out to a folder of the working directory first.
 */
public final class PublishedCatalogue {

  private static final String FOLDER = "dfe/";

  private final List<PublishedFile> files;

  private PublishedCatalogue(List<PublishedFile> files) {
    this.files = files;
  }

  public static PublishedCatalogue shipped() {
    List<PublishedFile> files = new ArrayList<>();
    try (Reader reader =
        new InputStreamReader(resource(FOLDER + "catalogue.csv"), StandardCharsets.UTF_8)) {
      for (CSVRecord row :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        files.add(
            new PublishedFile(
                row.get("path"),
                row.get("kind"),
                emptyToNull(row.get("period_type")),
                emptyToNull(row.get("time_period")),
                emptyToNull(row.get("time_identifier"))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped DfE catalogue", e);
    }
    return new PublishedCatalogue(List.copyOf(files));
  }

  /** Copies every shipped file under {@code folder}, keeping its relative path. */
  public List<InputFile> extractTo(Path folder) {
    List<InputFile> extracted = new ArrayList<>();
    for (PublishedFile file : files) {
      Path target = folder.resolve(file.path());
      try (InputStream in = resource(FOLDER + file.path())) {
        Files.createDirectories(target.getParent());
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot copy the shipped DfE file " + file.path(), e);
      }
      extracted.add(InputFile.of(target));
    }
    return extracted;
  }

  /** The catalogue entry of a file extracted by {@link #extractTo}. */
  Optional<PublishedFile> describe(Path file) {
    String path = file.toString().replace('\\', '/');
    return files.stream().filter(entry -> path.endsWith("/" + entry.path())).findFirst();
  }

  private static InputStream resource(String name) {
    InputStream in = PublishedCatalogue.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("the shipped DfE file " + name + " is missing");
    }
    return in;
  }

  private static String emptyToNull(String value) {
    return value.isEmpty() ? null : value;
  }
}
