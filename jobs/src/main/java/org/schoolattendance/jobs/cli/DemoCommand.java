package org.schoolattendance.jobs.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.schoolattendance.jobs.config.AttendanceProperties;
import org.schoolattendance.jobs.pipeline.DeliveryStage;
import org.schoolattendance.jobs.pipeline.GenerateStage;
import org.schoolattendance.jobs.pipeline.IngestStage;
import org.schoolattendance.jobs.pipeline.ModelStage;
import org.schoolattendance.jobs.pipeline.RenderedPack;
import org.schoolattendance.jobs.pipeline.ReportStage;
import org.schoolattendance.jobs.pipeline.TransformStage;
import org.schoolattendance.reports.pack.Pack;
import org.schoolattendance.reports.pack.PackRequest;
import org.schoolattendance.sql.model.ModelResult;
import org.schoolattendance.synthetic.GenerationSummary;
import org.schoolattendance.synthetic.GeneratorOptions;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Component
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Run the whole chain on a synthetic LA: generate, ingest, model, transform (Spark),"
            + " report (governor, head, Ofsted and LA packs) and deliver (email by role through an"
            + " embedded mail catcher).")
class DemoCommand implements Callable<Integer> {

  private final AttendanceProperties properties;
  private final GenerateStage generate;
  private final IngestStage ingest;
  private final ModelStage model;
  private final TransformStage transform;
  private final ReportStage report;
  private final DeliveryStage deliver;

  @Mixin WorkDirOption workDir;

  @Option(names = "--preset", description = "Synthetic LA size: small (default), test, borough.")
  String preset;

  @Option(names = "--seed", description = "Random seed for the synthetic LA.")
  Long seed;

  DemoCommand(
      AttendanceProperties properties,
      GenerateStage generate,
      IngestStage ingest,
      ModelStage model,
      TransformStage transform,
      ReportStage report,
      DeliveryStage deliver) {
    this.properties = properties;
    this.generate = generate;
    this.ingest = ingest;
    this.model = model;
    this.transform = transform;
    this.report = report;
    this.deliver = deliver;
  }

  @Override
  public Integer call() {
    long start = System.nanoTime();
    Path work = properties.workDir().toAbsolutePath().normalize();
    Path input = work.resolve("input");
    System.out.printf("Attendance warehouse demo, working in %s%n", work);

    GeneratorOptions options =
        GeneratorOptions.preset(preset != null ? preset : properties.demo().preset(), input)
            .withSeed(seed != null ? seed : properties.demo().seed());
    GenerationSummary generated = generate.run(options);
    System.out.printf(
        "  generate: synthetic LA %s with %,d schools and %,d pupils, %,d register rows in %s%n",
        options.laCode(), generated.schools(), generated.pupils(), generated.registerRows(), input);

    Summaries.printIngest(ingest.run(input));

    List<ModelResult> models = model.run();
    System.out.printf(
        "  model: %d models built into %s%n", models.size(), properties.warehouse().path());

    Summaries.printTransform(transform.run());

    List<RenderedPack> packs =
        report.run(new PackRequest(null, null, null, EnumSet.allOf(Pack.class), true));
    Summaries.printPacks(packs);

    Summaries.printDeliveries(deliver.run(packs, true));

    System.out.printf(
        "%nDone in %.0f s. Open the packs in %s, the emails (.eml) in %s, the log in %s.%n"
            + "Query the warehouse: duckdb -readonly %s \"select * from mart_school_term\"%n",
        (System.nanoTime() - start) / 1e9,
        report.packsFolder().toAbsolutePath(),
        work.resolve("mail"),
        work.resolve("logs"),
        properties.warehouse().path().toAbsolutePath().normalize());
    return 0;
  }
}
