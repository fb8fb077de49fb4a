package org.schoolattendance.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.schoolattendance.jobs.PackagedJar;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Generates a small LA with injected faults through the packaged jar, ingests it, and checks that
 * every fault ends as the generator's truth file says, and that no UPN or pupil name reaches a log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestFaultsIT {

  @TempDir static Path workingDir;

  private PackagedJar.Run ingest;
  private Path input;

  @BeforeAll
  void generateAndIngest() throws Exception {
    input = workingDir.resolve("in");
    PackagedJar.generateSmallLa(workingDir, input, "--faults=0.3");
    ingest = PackagedJar.run(workingDir, Map.of(), 10, "ingest", "--input", input.toString());
  }

  @Test
  void everyInjectedFaultEndsAsItsTruthEntrySays() throws Exception {
    assertThat(ingest.exitCode()).as(ingest.stderr()).isIn(0, 3);
    List<CSVRecord> faults = truth();
    assertThat(faults).isNotEmpty();
    try (Connection warehouse = openWarehouse()) {
      for (CSVRecord fault : faults) {
        String file = Path.of(fault.get("file")).getFileName().toString();
        String line = fault.get("line");
        String outcome = fault.get("expected_outcome");
        String why = fault.toMap().toString();
        switch (outcome) {
          case "file_rejected" ->
              assertThat(
                      count(
                          warehouse,
                          "select count(*) from load_ledger where file_name = ?"
                              + " and status = 'REJECTED'",
                          file))
                  .as(why)
                  .isEqualTo(1);
          case "row_quarantined" ->
              assertThat(
                      count(
                          warehouse,
                          "select count(*) from raw_quarantine where file_name = ?"
                              + " and severity = 'error' and (line = try_cast(? as bigint)"
                              + " or rule_code = 'CEN001')",
                          file,
                          line))
                  .as(why)
                  .isEqualTo(1);
          case "loaded_and_flagged" ->
              assertThat(
                      count(
                              warehouse,
                              "select count(*) from raw_quarantine where file_name = ?"
                                  + " and severity = 'query' and line = try_cast(? as bigint)",
                              file,
                              line)
                          + count(
                              warehouse,
                              "select count(*) from raw_contact where source_file = ?"
                                  + " and source_line = try_cast(? as bigint)"
                                  + " and formula_fields is not null",
                              file,
                              line))
                  .as(why)
                  .isEqualTo(1);
          default -> throw new AssertionError("unknown outcome " + outcome);
        }
      }
      // and every file's rows reconcile
      assertThat(
              count(
                  warehouse,
                  "select count(*) from load_ledger"
                      + " where rows_read <> rows_loaded + rows_quarantined"))
          .isZero();
    }
  }

  @Test
  void reportPrintsTheLedgersLoadsAndTheQuarantineCountsByRule() throws Exception {
    PackagedJar.Run report =
        PackagedJar.run(workingDir, Map.of(), 10, "ingest", "--report", "--limit", "100000");
    assertThat(report.exitCode()).as(report.stderr()).isZero();
    List<String> printedLoads = new ArrayList<>();
    List<String> printedRules = new ArrayList<>();
    for (String line : report.stdout().lines().toList()) {
      Matcher load = REPORTED_LOAD.matcher(line);
      Matcher rule = REPORTED_RULE.matcher(line);
      if (load.matches()) {
        printedLoads.add(
            String.join(
                " ",
                load.group(1),
                load.group(2),
                load.group(3),
                digits(load.group(4)),
                digits(load.group(5)),
                digits(load.group(6)),
                digits(load.group(7))));
      } else if (rule.matches()) {
        printedRules.add(
            String.join(
                " ", rule.group(1), rule.group(2), digits(rule.group(3)), digits(rule.group(4))));
      }
    }
    try (Connection warehouse = openWarehouse()) {
      assertThat(printedLoads)
          .containsExactlyElementsOf(
              column(
                  warehouse,
                  "select concat_ws(' ', load_id, file_kind, status, rows_read, rows_loaded,"
                      + " rows_quarantined, rows_queried) from load_ledger order by load_id desc"));
      assertThat(printedRules)
          .containsExactlyElementsOf(
              column(
                  warehouse,
                  "select concat_ws(' ', rule_code, severity, count(*), count(distinct load_id))"
                      + " from raw_quarantine group by rule_code, severity"
                      + " order by severity, rule_code"));
    }
  }

  private static final Pattern REPORTED_LOAD =
      Pattern.compile(
          "\\s+(\\d+)\\s+(\\S+)\\s+\\S+\\s+(LOADED|REJECTED|FAILED)"
              + "\\s+([\\d,]+)\\s+([\\d,]+)\\s+([\\d,]+)\\s+([\\d,]+).*");
  private static final Pattern REPORTED_RULE =
      Pattern.compile("\\s+(\\S+)\\s+(error|query)\\s+([\\d,]+) entries in\\s+([\\d,]+) files.*");

  private static String digits(String number) {
    return number.replace(",", "");
  }

  private static List<String> column(Connection connection, String sql) throws Exception {
    List<String> values = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(sql);
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  @Test
  void noUpnOrPupilNameAppearsInLogsOrOutput() throws Exception {
    List<String> secrets = pupilIdentities();
    assertThat(secrets).hasSizeGreaterThan(600);
    List<Path> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(workingDir)) {
      files
          .filter(Files::isRegularFile)
          .filter(p -> !p.startsWith(input))
          .filter(
              p ->
                  p.toString().endsWith(".log")
                      || p.toString().endsWith(".txt")
                      || p.toString().endsWith(".error.txt"))
          .forEach(texts::add);
    }
    assertThat(texts).anyMatch(p -> p.toString().endsWith("attendance.log"));
    for (Path text : texts) {
      String content = Files.readString(text, StandardCharsets.UTF_8);
      for (String secret : secrets) {
        assertThat(content).as(text + " must not hold pupil data").doesNotContain(secret);
      }
    }
  }

  private List<String> pupilIdentities() throws Exception {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(input.resolve("census"))) {
      for (Path file : files.sorted().toList()) {
        String xml = Files.readString(file);
        if (xml.contains("<!DOCTYPE") || !xml.strip().endsWith("</SchoolCensus>")) {
          continue; // the injected broken files
        }
        NodeList pupils =
            DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(file.toFile())
                .getElementsByTagName("PupilIdentifiers");
        for (int i = 0; i < pupils.getLength(); i++) {
          Element pupil = (Element) pupils.item(i);
          found.add(text(pupil, "UPN"));
          found.add(text(pupil, "Forename") + " " + text(pupil, "Surname"));
        }
      }
    }
    return found.stream().distinct().toList();
  }

  private static String text(Element parent, String tag) {
    return parent.getElementsByTagName(tag).item(0).getTextContent().strip();
  }

  private List<CSVRecord> truth() throws Exception {
    try (Reader reader = Files.newBufferedReader(input.resolve("truth/faults.csv"))) {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(reader)
          .getRecords();
    }
  }

  private Connection openWarehouse() throws Exception {
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    return DriverManager.getConnection(
        "jdbc:duckdb:" + workingDir.resolve("demo-output/warehouse.duckdb"), readOnly);
  }

  private static long count(Connection connection, String sql, String... values) throws Exception {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        query.setString(i + 1, values[i]);
      }
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
