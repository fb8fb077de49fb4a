package org.schoolattendance.jobs.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolattendance.jobs.pipeline.RenderedPack;
import org.schoolattendance.reports.pack.PackDocument;

class DeliveryPlanTests {

  @TempDir Path packs;

  @Test
  void routesEachSchoolsFilesToItsHeadAndClerkAndTheLaPackToTheLaTeam() throws Exception {
    RenderedFiles files = new RenderedFiles(packs).school("100002").school("100001").la();

    List<OutgoingMessage> messages = DeliveryPlan.route(files.packs(), "team@la.example");

    assertThat(messages)
        .extracting(m -> m.kind() + " " + m.recipient() + " " + names(m.attachments()))
        .containsExactly(
            "HEAD_PACKS head@100001.sch.example"
                + " [100001-2024-25-summer-head.pdf, 100001-2024-25-summer-ofsted.pdf]",
            "HEAD_ANNEX head@100001.sch.example [100001-2024-25-summer-head-annex.pdf]",
            "GOVERNOR_PACK clerk@100001.sch.example [100001-2024-25-summer-governor.pdf]",
            "HEAD_PACKS head@100002.sch.example"
                + " [100002-2024-25-summer-head.pdf, 100002-2024-25-summer-ofsted.pdf]",
            "HEAD_ANNEX head@100002.sch.example [100002-2024-25-summer-head-annex.pdf]",
            "GOVERNOR_PACK clerk@100002.sch.example [100002-2024-25-summer-governor.pdf]",
            "LA_PACK team@la.example"
                + " [la-307-2024-25-summer-la-comparison.pdf, la-307-2024-25-summer-la-comparison.xlsx]");
    assertThat(messages).filteredOn(OutgoingMessage::officialSensitive).hasSize(2);
  }

  @Test
  void aDocumentNotRenderedHasNothingToSend() throws Exception {
    RenderedFiles files =
        new RenderedFiles(packs)
            .add(PackDocument.GOVERNOR, "100001", "A", "h@a.example", "c@a.example")
            .add(PackDocument.HEAD, "100001", "A", "h@a.example", "c@a.example");

    List<OutgoingMessage> messages = DeliveryPlan.route(files.packs(), "team@la.example");

    assertThat(messages)
        .extracting(m -> m.kind() + " " + m.recipient() + " " + names(m.attachments()))
        .containsExactly(
            "HEAD_PACKS h@a.example [100001-2024-25-summer-head.pdf]",
            "GOVERNOR_PACK c@a.example [100001-2024-25-summer-governor.pdf]");
  }

  @Test
  void aRoleWithoutAnAddressGetsAMessageWithNoRecipientNeverAnotherAddress() throws Exception {
    RenderedFiles files = new RenderedFiles(packs).school("100001", "head@a.example", " ").la();

    List<OutgoingMessage> messages = DeliveryPlan.route(files.packs(), "");

    assertThat(messages)
        .extracting(m -> m.kind() + " " + m.recipient())
        .containsExactly(
            "HEAD_PACKS head@a.example",
            "HEAD_ANNEX head@a.example",
            "GOVERNOR_PACK null",
            "LA_PACK null");
  }

  @Test
  void theAnnexIsRefusedBesideAnyOtherDocument() throws Exception {
    RenderedFiles files = new RenderedFiles(packs).school("100001");
    RenderedPack annex = files.find("100001-2024-25-summer-head-annex.pdf");
    RenderedPack head = files.find("100001-2024-25-summer-head.pdf");

    assertThatThrownBy(
            () ->
                new OutgoingMessage(
                    MessageKind.HEAD_ANNEX, RenderedFiles.head("100001"), List.of(annex, head)))
        .hasMessageContaining("head-annex.pdf holds pupil data and must travel alone");
    assertThatThrownBy(
            () ->
                new OutgoingMessage(
                    MessageKind.HEAD_PACKS, RenderedFiles.head("100001"), List.of(head, annex)))
        .hasMessageContaining("head-annex.pdf does not belong in a head message");
  }

  @Test
  void theAnnexIsRefusedForAnyoneButItsOwnSchoolsHead() throws Exception {
    RenderedFiles files = new RenderedFiles(packs).school("100001").school("100002");
    RenderedPack annex = files.find("100001-2024-25-summer-head-annex.pdf");

    assertThatThrownBy(
            () ->
                new OutgoingMessage(
                    MessageKind.HEAD_ANNEX, RenderedFiles.head("100002"), List.of(annex)))
        .hasMessageContaining("may go only to its own school's head");
    assertThatThrownBy(
            () ->
                new OutgoingMessage(
                    MessageKind.HEAD_ANNEX, RenderedFiles.clerk("100001"), List.of(annex)))
        .hasMessageContaining("may go only to its own school's head");
    assertThat(
            new OutgoingMessage(
                    MessageKind.HEAD_ANNEX, RenderedFiles.head("100001"), List.of(annex))
                .recipient())
        .isEqualTo("head@100001.sch.example");
  }

  @Test
  void oneMessageNeverCarriesTwoSchoolsFiles() throws Exception {
    RenderedFiles files = new RenderedFiles(packs).school("100001").school("100002");

    assertThatThrownBy(
            () ->
                new OutgoingMessage(
                    MessageKind.HEAD_PACKS,
                    RenderedFiles.head("100001"),
                    List.of(
                        files.find("100001-2024-25-summer-head.pdf"),
                        files.find("100002-2024-25-summer-ofsted.pdf"))))
        .hasMessageContaining("are not for one owner and period");
  }

  private static List<String> names(List<RenderedPack> packs) {
    return packs.stream().map(RenderedPack::fileName).toList();
  }
}
