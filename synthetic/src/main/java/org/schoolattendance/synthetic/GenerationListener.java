package org.schoolattendance.synthetic;

/** Progress callbacks; implementations must be cheap, they are called often. */
public interface GenerationListener {

  void stepStarted(String step, long total);

  void progressed(long done);

  void stepFinished();

  static GenerationListener silent() {
    return new GenerationListener() {
      @Override
      public void stepStarted(String step, long total) {}

      @Override
      public void progressed(long done) {}

      @Override
      public void stepFinished() {}
    };
  }
}
