package org.schoolattendance.reports;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;

/**
 * Compiles JRXML templates from the classpath once per JVM and keeps the compiled reports, which
 * JasperReports allows to be filled concurrently.
 *
 * <p>Templates are compiled with the Eclipse JDT compiler (jasperreports-jdt). The default javac
 * route cannot see classes nested in a Spring Boot executable jar, so it fails there while passing
 * in tests; JDT loads classes through the class loader and works in both. The compiler is named
 * explicitly so that a missing JDT jar fails here instead of silently falling back to javac.
 */
public final class JasperTemplates {

  public static final String JDT_COMPILER = "net.sf.jasperreports.jdt.JRJdtCompiler";

  private static final JasperReportsContext CONTEXT = contextWithJdtCompiler();
  private static final Map<String, JasperReport> COMPILED = new ConcurrentHashMap<>();

  private JasperTemplates() {}

  /**
   * The compiled report for a classpath resource such as {@code templates/school-summary.jrxml}.
   */
  public static JasperReport compiled(String classpathResource) {
    return COMPILED.computeIfAbsent(classpathResource, JasperTemplates::compile);
  }

  /** The context that packs fill and export with, so every step sees the same settings. */
  public static JasperReportsContext context() {
    return CONTEXT;
  }

  private static JasperReport compile(String classpathResource) {
    ClassLoader loader = JasperTemplates.class.getClassLoader();
    try (InputStream jrxml = loader.getResourceAsStream(classpathResource)) {
      if (jrxml == null) {
        throw new IllegalArgumentException("no template on the classpath: " + classpathResource);
      }
      return JasperCompileManager.getInstance(CONTEXT).compile(jrxml);
    } catch (JRException | IOException e) {
      throw new ReportRenderingException("cannot compile template " + classpathResource, e);
    }
  }

  private static JasperReportsContext contextWithJdtCompiler() {
    SimpleJasperReportsContext context =
        new SimpleJasperReportsContext(DefaultJasperReportsContext.getInstance());
    context.setProperty("net.sf.jasperreports.compiler.java", JDT_COMPILER);
    // A missing font must fail the render rather than fall back to a system font.
    context.setProperty("net.sf.jasperreports.awt.ignore.missing.font", "false");
    return context;
  }
}
