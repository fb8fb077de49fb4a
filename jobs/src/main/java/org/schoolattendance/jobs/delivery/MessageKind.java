package org.schoolattendance.jobs.delivery;

import java.util.Arrays;
import java.util.List;
import org.schoolattendance.reports.pack.PackDocument;

/**
 * The messages delivery sends: which documents travel together and to whom. Every document belongs
 * to exactly one kind, and the pupil-identifiable annex travels alone.
 */
public enum MessageKind {
  HEAD_PACKS(RecipientRole.HEAD, "head", List.of(PackDocument.HEAD, PackDocument.OFSTED)),
  HEAD_ANNEX(RecipientRole.HEAD, "head-annex", List.of(PackDocument.HEAD_ANNEX)),
  GOVERNOR_PACK(RecipientRole.GOVERNORS_CLERK, "governor", List.of(PackDocument.GOVERNOR)),
  LA_PACK(RecipientRole.LA_TEAM, "la", List.of(PackDocument.LA_COMPARISON, PackDocument.LA_TABLES));

  private final RecipientRole role;
  private final String slug;
  private final List<PackDocument> documents;

  MessageKind(RecipientRole role, String slug, List<PackDocument> documents) {
    this.role = role;
    this.slug = slug;
    this.documents = documents;
  }

  public RecipientRole role() {
    return role;
  }

  /** Ends the .eml file name and names the kind in the ledger, e.g. {@code head-annex}. */
  public String slug() {
    return slug;
  }

  public List<PackDocument> documents() {
    return documents;
  }

  public static MessageKind carrying(PackDocument document) {
    return Arrays.stream(values())
        .filter(kind -> kind.documents.contains(document))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no message carries " + document));
  }
}
