package org.schoolattendance.jobs.pipeline;

import org.schoolattendance.jobs.progress.Progress;
import org.schoolattendance.synthetic.GenerationListener;
import org.schoolattendance.synthetic.GenerationSummary;
import org.schoolattendance.synthetic.GeneratorOptions;
import org.schoolattendance.synthetic.SyntheticLaGenerator;
import org.springframework.stereotype.Component;

/** Writes a synthetic local authority's input files. */
@Component
public class GenerateStage {

  public GenerationSummary run(GeneratorOptions options) {
    try {
      return new SyntheticLaGenerator(new ProgressListener()).generate(options);
    } catch (Exception e) {
      throw new StageFailedException(
          "generate", e.getMessage() + " (writing to " + options.outputDir() + ")", e);
    }
  }

  private static final class ProgressListener implements GenerationListener {
    private Progress progress;

    @Override
    public void stepStarted(String step, long total) {
      progress = Progress.start("generate " + step, total);
    }

    @Override
    public void progressed(long done) {
      progress.stepTo(done);
    }

    @Override
    public void stepFinished() {
      progress.close();
    }
  }
}
