package org.schoolattendance.sql.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ModelCatalogTests {

  @Test
  void everyModelFileIsListedInTheIndex() throws IOException {
    Path models = Path.of("src/main/resources/models");
    List<String> files;
    try (Stream<Path> paths = Files.walk(models)) {
      files =
          paths
              .filter(path -> path.toString().endsWith(".sql"))
              .map(path -> models.relativize(path).toString())
              .sorted()
              .toList();
    }
    List<String> indexed =
        Files.readAllLines(models.resolve("index.txt")).stream()
            .filter(line -> !line.isBlank() && !line.startsWith("#"))
            .sorted()
            .toList();
    assertThat(indexed).isEqualTo(files);
  }

  @Test
  void modelsComeAfterEverythingTheyReference() {
    List<String> order =
        ModelCatalog.fromClasspath().inDependencyOrder().stream().map(Model::name).toList();
    assertThat(order.indexOf("stg_mark")).isLessThan(order.indexOf("int_enrolment"));
    assertThat(order.indexOf("dim_pupil")).isLessThan(order.indexOf("fct_session"));
    assertThat(order.indexOf("fct_session")).isLessThan(order.indexOf("int_enrolment_period_cell"));
    assertThat(order.indexOf("mart_enrolment_period"))
        .isLessThan(order.indexOf("mart_school_term"));
  }
}
