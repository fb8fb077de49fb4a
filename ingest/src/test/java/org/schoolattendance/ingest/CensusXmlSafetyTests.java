package org.schoolattendance.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolattendance.ingest.common.FileKind;
import org.schoolattendance.ingest.common.FileLoadListener;
import org.schoolattendance.ingest.common.FileLoadResult;
import org.schoolattendance.ingest.common.FileLoadResult.Status;
import org.schoolattendance.sql.warehouse.Warehouse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

@SpringJUnitConfig(IngestTestConfiguration.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class CensusXmlSafetyTests {

  private static final String SECRET = "TOP-SECRET-FILE-CONTENT";

  @Autowired IngestRunner runner;
  @Autowired Warehouse warehouse;
  @TempDir Path input;

  @Test
  void rejectsAnExternalEntityWithoutReadingIt() throws Exception {
    Path secret = Files.writeString(input.resolve("secret.txt"), SECRET);
    census(
        "<!DOCTYPE SchoolCensus [<!ENTITY ext SYSTEM \"" + secret.toUri() + "\">]>",
        "<SoftwareCode>&ext;</SoftwareCode>");

    FileLoadResult result = censusResult();

    assertThat(result.status()).isEqualTo(Status.REJECTED);
    assertThat(result.message())
        .isEqualTo("line 2: a DOCTYPE is not accepted in census files (entities are disabled)");
    assertThat(WarehouseQueries.column(warehouse, "select count(*) from raw_census_pupil"))
        .containsExactly("0");
  }

  @Test
  void rejectsBillionLaughsWithoutExpandingIt() throws Exception {
    StringBuilder doctype = new StringBuilder("<!DOCTYPE SchoolCensus [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      doctype.append("<!ENTITY lol").append(i).append(" \"");
      doctype.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    census(doctype.append("]>").toString(), "<SoftwareCode>&lol9;</SoftwareCode>");

    FileLoadResult result = censusResult();

    assertThat(result.status()).isEqualTo(Status.REJECTED);
    assertThat(result.message()).startsWith("line 2: a DOCTYPE is not accepted");
    assertThat(Runtime.getRuntime().totalMemory()).isLessThan(4L << 30);
  }

  @Test
  void rejectsATruncatedFileNamingTheLine() throws Exception {
    census("", "<SoftwareCode>X</SoftwareCode>");
    Path file = input.resolve("census/census-100001-2024-spr.xml");
    String xml = Files.readString(file);
    Files.writeString(file, xml.substring(0, xml.indexOf("<Pupils>") + 20));

    FileLoadResult result = censusResult();

    assertThat(result.status()).isEqualTo(Status.REJECTED);
    assertThat(result.message())
        .matches("line \\d+: the XML is not well formed \\(truncated or invalid characters\\)");
  }

  private void census(String doctype, String source) throws Exception {
    new InputFolder(input).census(InputFolder.upn("307200100001"));
    Path file = input.resolve("census/census-100001-2024-spr.xml");
    String xml = Files.readString(file);
    int afterDeclaration = xml.indexOf('\n') + 1;
    xml =
        xml.substring(0, afterDeclaration)
            + doctype
            + "\n"
            + xml.substring(afterDeclaration)
                .replace(
                    "<CollectionDetails>", "<Source>" + source + "</Source><CollectionDetails>");
    Files.writeString(file, xml);
  }

  private FileLoadResult censusResult() throws Exception {
    List<FileLoadResult> results =
        runner.ingestFolder(input, input.resolve("manifests"), FileLoadListener.NONE);
    assertThat(
            WarehouseQueries.column(
                warehouse, "select coalesce(string_agg(message), '') from load_ledger"))
        .noneMatch(message -> message.contains(SECRET));
    return results.stream().filter(r -> r.kind() == FileKind.CENSUS).findFirst().orElseThrow();
  }
}
