package org.schoolattendance.sql.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the SQL files this package ships on the classpath. */
final class SnapshotResources {

  private SnapshotResources() {}

  static String text(String resource) {
    try (InputStream in = SnapshotResources.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("query missing from the classpath: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read query " + resource, e);
    }
  }
}
