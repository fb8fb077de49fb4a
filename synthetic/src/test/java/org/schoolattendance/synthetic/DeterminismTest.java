package org.schoolattendance.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

  private static final GeneratorOptions TINY =
      GeneratorOptions.of(Path.of("unused"), 3, 300, 2).withSeed(7).withFaults(0.0);

  @Test
  void sameOptionsAndSeedGiveByteIdenticalFiles(@TempDir Path a, @TempDir Path b) throws Exception {
    new SyntheticLaGenerator(null).generate(TINY.withOutputDir(a));
    new SyntheticLaGenerator(null).generate(TINY.withOutputDir(b));
    assertThat(relativeFiles(a)).isEqualTo(relativeFiles(b)).isNotEmpty();
    assertThat(hashTree(a)).isEqualTo(hashTree(b));
  }

  @Test
  void anotherSeedGivesDifferentData(@TempDir Path a, @TempDir Path b) throws Exception {
    new SyntheticLaGenerator(null).generate(TINY.withOutputDir(a));
    new SyntheticLaGenerator(null).generate(TINY.withSeed(8).withOutputDir(b));
    assertThat(hashTree(a)).isNotEqualTo(hashTree(b));
  }

  static List<String> relativeFiles(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString())
          .sorted()
          .toList();
    }
  }

  static String hashTree(Path root) throws IOException, NoSuchAlgorithmException {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    for (String rel : relativeFiles(root)) {
      md.update(rel.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      md.update(Files.readAllBytes(root.resolve(rel)));
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
