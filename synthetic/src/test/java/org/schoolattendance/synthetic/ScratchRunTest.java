package org.schoolattendance.synthetic;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

class ScratchRunTest {
  @Test
  @EnabledIfSystemProperty(named = "scratch.preset", matches = ".+")
  void run() throws Exception {
    String preset = System.getProperty("scratch.preset");
    long t0 = System.nanoTime();
    GenerationSummary s =
        new SyntheticLaGenerator(GenerationListener.silent())
            .generate(GeneratorOptions.preset(preset, Path.of("/tmp/synth-" + preset)));
    System.out.println(
        "SCRATCH "
            + preset
            + " "
            + (System.nanoTime() - t0) / 1_000_000
            + " ms "
            + s.pupils()
            + " pupils "
            + s.registerRows()
            + " rows "
            + s.bytesWritten()
            + " bytes "
            + s.filesByKind());
  }
}
