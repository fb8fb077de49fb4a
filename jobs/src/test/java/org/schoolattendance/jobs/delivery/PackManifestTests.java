package org.schoolattendance.jobs.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolattendance.jobs.pipeline.RenderedPack;
import org.schoolattendance.reports.pack.PackDocument;
import org.schoolattendance.reports.pack.PackFile;
import org.schoolattendance.reports.pack.PackPeriod;

class PackManifestTests {

  @TempDir Path packs;

  @Test
  void readsBackExactlyWhatWasWrittenInASeparateRun() throws Exception {
    RenderedFiles files =
        new RenderedFiles(packs)
            .school("100001")
            .add(PackDocument.GOVERNOR, "100002", "St\tMary's,\n\"Upper\"", null, null)
            .la();

    PackManifest.write(packs, files.packs());
    List<RenderedPack> read = PackManifest.read(packs);

    assertThat(read).hasSize(7);
    assertThat(read.subList(0, 4)).isEqualTo(files.packs().subList(0, 4));
    RenderedPack odd = read.get(4);
    assertThat(odd.file().schoolName()).isEqualTo("St Mary's, \"Upper\"");
    assertThat(odd.headEmail()).isNull();
    assertThat(odd.clerkEmail()).isNull();
    assertThat(read.get(6).file().urn()).isNull();
    assertThat(read.get(6).file().laCode()).isEqualTo("307");
  }

  @Test
  void keepsAYearToDatePeriodWhole() throws Exception {
    PackPeriod yearToDate =
        new PackPeriod(
            "2024/25-ytd-2025-03-14",
            "2024/25 year to date (to 2025-03-14)",
            "2024/25",
            LocalDate.of(2024, 9, 2),
            LocalDate.of(2025, 3, 14),
            true);
    Path file = packs.resolve(PackFile.fileName(PackDocument.OFSTED, "100001", yearToDate));
    Files.writeString(file, "pdf");
    RenderedPack pack =
        new RenderedPack(
            new PackFile(PackDocument.OFSTED, "100001", "307", "A", yearToDate, file),
            "h@a.example",
            "c@a.example",
            Checksums.sha256(file));

    PackManifest.write(packs, List.of(pack));

    assertThat(file.getFileName().toString()).isEqualTo("100001-2024-25-ytd-2025-03-14-ofsted.pdf");
    assertThat(PackManifest.read(packs)).containsExactly(pack);
  }

  @Test
  void aMissingManifestSaysToRunReportFirst() {
    assertThatThrownBy(() -> PackManifest.read(packs))
        .hasMessageContaining("no packs to deliver")
        .hasMessageContaining("manifest.tsv is missing; run report first");
  }

  @Test
  void aListedFileThatIsGoneIsNamedWithItsManifestLine() throws Exception {
    RenderedFiles files = new RenderedFiles(packs).school("100001");
    PackManifest.write(packs, files.packs());
    Files.delete(files.find("100001-2024-25-summer-head.pdf").path());

    assertThatThrownBy(() -> PackManifest.read(packs))
        .hasMessageContaining("manifest.tsv line 3: the file ")
        .hasMessageContaining("100001-2024-25-summer-head.pdf is missing; run report again");
  }

  @Test
  void aDamagedLineIsNamed() throws Exception {
    PackManifest.write(packs, new RenderedFiles(packs).school("100001").packs());
    Path manifest = packs.resolve(PackManifest.FILE_NAME);
    Files.writeString(manifest, Files.readString(manifest) + "GOVERNOR\t100009\n");

    assertThatThrownBy(() -> PackManifest.read(packs))
        .hasMessageContaining("manifest.tsv line 6: expected 14 tab-separated fields, found 2");
  }
}
