package org.schoolattendance.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.schoolattendance.jobs.bench.BenchContext;
import org.schoolattendance.jobs.bench.BenchFigure;
import org.schoolattendance.jobs.bench.Benchmark;
import org.schoolattendance.jobs.config.AttendanceProperties;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Component
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Measure a stage's speed and memory, with its reference measured in the same run."
            + " Without a name, lists the benchmarks.")
class BenchCommand implements Callable<Integer> {

  private final Map<String, Benchmark> benchmarks;
  private final AttendanceProperties properties;

  @Mixin WorkDirOption workDir;

  @Parameters(paramLabel = "NAME", arity = "0..*", description = "Benchmarks to run.")
  List<String> names = List.of();

  @Option(names = "--preset", description = "Synthetic LA preset (default: borough).")
  String preset = "borough";

  BenchCommand(List<Benchmark> benchmarks, AttendanceProperties properties) {
    this.benchmarks =
        benchmarks.stream()
            .collect(
                Collectors.toMap(
                    Benchmark::name, Function.identity(), (a, b) -> a, java.util.TreeMap::new));
    this.properties = properties;
  }

  @Override
  public Integer call() throws Exception {
    if (names.isEmpty()) {
      System.out.println("Benchmarks:");
      benchmarks
          .values()
          .forEach(b -> System.out.printf("  %-18s %s%n", b.name(), b.description()));
      return benchmarks.isEmpty() ? 2 : 0;
    }
    for (String name : names) {
      Benchmark benchmark = benchmarks.get(name);
      if (benchmark == null) {
        System.err.println("No benchmark called " + name + "; known: " + benchmarks.keySet());
        return 2;
      }
      Path folder = Files.createDirectories(properties.workDir().resolve("bench").resolve(name));
      List<BenchFigure> figures = benchmark.run(new BenchContext(folder, preset));
      System.out.printf("%nbench %s (%s)%n", name, benchmark.description());
      for (BenchFigure figure : figures) {
        System.out.printf(
            "  %-40s %,16.2f %-8s %s%n",
            figure.measure(), figure.value(), figure.unit(), figure.note());
      }
    }
    return 0;
  }
}
