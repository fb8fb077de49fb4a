package org.schoolattendance.transform;

import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configurator;
import org.slf4j.LoggerFactory;

/**
 * Lowers Spark's chatty INFO logging (dozens of lines per query) to WARN, in whichever backend the
 * process logs through: log4j-core under {@code spark-submit}, Logback inside a Spring Boot app or
 * the tests. A level the host configured explicitly for one of these loggers is left alone.
 */
final class QuietSparkLogging {

  static final List<String> NOISY_LOGGERS =
      List.of("org.apache.spark", "org.apache.hadoop", "org.apache.parquet", "org.sparkproject");

  /**
   * Loggers whose warnings say nothing a user can act on: generated code too large to compile
   * (Spark falls back to interpreted evaluation by itself, after printing a long stack trace), the
   * single-partition window of the false-discovery step (by design: the ranking spans every cell),
   * plan strings truncated, and the host name resolving to loopback. Other loggers still report.
   */
  static final List<String> UNACTIONABLE_WARNINGS =
      List.of(
          "org.apache.spark.sql.catalyst.expressions.codegen.CodeGenerator",
          "org.apache.spark.sql.execution.WholeStageCodegenExec",
          "org.apache.spark.sql.execution.window.WindowExec",
          "org.apache.spark.sql.catalyst.util.SparkStringUtils",
          "org.apache.spark.util.Utils",
          "org.apache.spark.SparkConf");

  private QuietSparkLogging() {}

  static void apply() {
    // Spark's own switches (SparkContext.setLogLevel, spark.log.level) assume log4j-core and
    // throw a ClassCastException when Log4j calls are routed to SLF4J, as in Spring Boot.
    if (LogManager.getContext(false) instanceof LoggerContext log4jCore) {
      NOISY_LOGGERS.stream()
          .filter(name -> !log4jCore.getConfiguration().getLoggers().containsKey(name))
          .forEach(name -> Configurator.setLevel(name, Level.WARN));
      UNACTIONABLE_WARNINGS.stream()
          .filter(name -> !log4jCore.getConfiguration().getLoggers().containsKey(name))
          .forEach(name -> Configurator.setLevel(name, Level.OFF));
    }
    if (LoggerFactory.getILoggerFactory().getClass().getName().startsWith("ch.qos.logback.")) {
      LogbackLevels.setUnlessConfigured(NOISY_LOGGERS, ch.qos.logback.classic.Level.WARN);
      LogbackLevels.setUnlessConfigured(UNACTIONABLE_WARNINGS, ch.qos.logback.classic.Level.OFF);
    }
  }

  /** Separate so that Logback classes load only when Logback is present. */
  private static final class LogbackLevels {

    static void setUnlessConfigured(List<String> names, ch.qos.logback.classic.Level level) {
      var context = (ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory();
      for (String name : names) {
        ch.qos.logback.classic.Logger logger = context.getLogger(name);
        if (logger.getLevel() == null) {
          logger.setLevel(level);
        }
      }
    }
  }
}
