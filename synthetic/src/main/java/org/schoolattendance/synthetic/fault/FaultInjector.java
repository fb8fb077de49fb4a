package org.schoolattendance.synthetic.fault;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVPrinter;
import org.schoolattendance.synthetic.io.Csv;
import org.schoolattendance.synthetic.io.OutputFiles;
import org.schoolattendance.synthetic.random.Seeds;

/**
 * Corrupts a share of the written files after the fact and records each fault with the outcome
 * ingest should reach. Each register export and census return gets one fault with probability RATE;
 * each intervention-log row one with probability RATE / 10. Whether a file is hit depends only on
 * the seed and its name; the kinds are dealt in turn, from a seeded starting point, so that even a
 * small run shows every kind.
 */
public final class FaultInjector {

  /** Intervention logs are few and long: their faults are drawn per row, at a tenth of the rate. */
  static final double INTERVENTION_ROW_SHARE = 0.1;

  private final long seed;
  private final double rate;
  private final List<Fault> faults = new ArrayList<>();
  private final KindDealer registerKinds;
  private final KindDealer censusKinds;
  private final RegisterFaults registerFaults;
  private final CensusFaults censusFaults = new CensusFaults();
  private final InterventionFaults interventionFaults;

  public FaultInjector(long seed, double rate) {
    this.seed = seed;
    this.rate = rate;
    this.registerKinds = new KindDealer(RegisterFaults.KINDS, rngFor("register kinds"));
    this.censusKinds = new KindDealer(CensusFaults.KINDS, rngFor("census kinds"));
    FormulaPrefix prefixes = new FormulaPrefix();
    this.registerFaults = new RegisterFaults(prefixes);
    this.interventionFaults = new InterventionFaults(prefixes);
  }

  public int count() {
    return faults.size();
  }

  /** Maybe corrupts one register export (already written at {@code root/relative}). */
  public void register(Path root, String relative) throws IOException {
    SplittableRandom rng = rngFor(relative);
    if (!hit(rng)) {
      return;
    }
    Path path = root.resolve(relative);
    List<String> lines = new ArrayList<>(Files.readAllLines(path, StandardCharsets.UTF_8));
    if (lines.size() < 4) {
      return;
    }
    RegisterFaults.Corrupted c = registerFaults.inject(relative, lines, registerKinds.next(), rng);
    faults.add(c.fault());
    Files.write(path, c.bytes());
  }

  /** Maybe corrupts one census return (already written at {@code root/relative}). */
  public void census(Path root, String relative) throws IOException {
    SplittableRandom rng = rngFor(relative);
    if (!hit(rng)) {
      return;
    }
    Path path = root.resolve(relative);
    String xml = Files.readString(path, StandardCharsets.UTF_8);
    CensusFaults.Corrupted c = censusFaults.inject(relative, xml, censusKinds.next(), rng);
    faults.add(c.fault());
    Files.writeString(path, c.xml(), StandardCharsets.UTF_8);
  }

  /** Maybe spoils rows of one intervention log (already written at {@code root/relative}). */
  public void interventions(Path root, String relative) throws IOException {
    if (rate <= 0) {
      return;
    }
    Path path = root.resolve(relative);
    InterventionFaults.Corrupted c =
        interventionFaults.inject(
            relative,
            Files.readString(path, StandardCharsets.UTF_8),
            rate * INTERVENTION_ROW_SHARE,
            rngFor(relative));
    if (!c.faults().isEmpty()) {
      faults.addAll(c.faults());
      Files.writeString(path, c.csv(), StandardCharsets.UTF_8);
    }
  }

  public void writeTruth(OutputFiles files) throws IOException {
    try (Writer w = files.open("truth", "truth/faults.csv");
        CSVPrinter p = Csv.printer(w, "file", "kind", "line", "expected_outcome", "detail")) {
      for (Fault f : faults) {
        p.printRecord(
            f.file(),
            f.kind().csv(),
            f.line() == 0 ? null : f.line(),
            f.outcome().csv(),
            f.detail());
      }
    }
  }

  private boolean hit(SplittableRandom rng) {
    return rate > 0 && rng.nextDouble() < rate;
  }

  private SplittableRandom rngFor(String name) {
    return Seeds.stream(seed, Seeds.tag("faults"), Seeds.tag(name));
  }

  /** Deals kinds in a fixed cycle from a seeded starting point. */
  private static final class KindDealer {
    private final FaultKind[] kinds;
    private int next;

    KindDealer(FaultKind[] kinds, SplittableRandom rng) {
      this.kinds = kinds;
      this.next = rng.nextInt(kinds.length);
    }

    FaultKind next() {
      return kinds[next++ % kinds.length];
    }
  }
}
