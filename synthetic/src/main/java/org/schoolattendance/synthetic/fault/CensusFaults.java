package org.schoolattendance.synthetic.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Corrupts one census return: cut short, given an external-entity DOCTYPE, or a mistyped UPN. */
final class CensusFaults {

  static final FaultKind[] KINDS = {
    FaultKind.TRUNCATED_XML, FaultKind.XML_EXTERNAL_ENTITY, FaultKind.MALFORMED_UPN
  };

  private static final String DOCTYPE =
      "<!DOCTYPE SchoolCensus [<!ENTITY ext SYSTEM \"file:///etc/passwd\">]>\n";

  /** The corrupted document and the fault it carries. */
  record Corrupted(Fault fault, String xml) {}

  Corrupted inject(String file, String xml, FaultKind kind, SplittableRandom rng) {
    return switch (kind) {
      case TRUNCATED_XML -> truncated(file, xml);
      case XML_EXTERNAL_ENTITY -> {
        int afterDeclaration = xml.indexOf('\n') + 1;
        String withEntity =
            xml.substring(0, afterDeclaration)
                + DOCTYPE
                + xml.substring(afterDeclaration)
                    .replaceFirst("<SoftwareCode>SYNTHETIC", "<SoftwareCode>&ext;");
        yield new Corrupted(
            new Fault(file, kind, 0, "DOCTYPE with a SYSTEM entity used in SoftwareCode"),
            withEntity);
      }
      case MALFORMED_UPN -> mistypedUpn(file, xml, rng);
      default -> throw new IllegalArgumentException("not a census fault: " + kind);
    };
  }

  private static Corrupted truncated(String file, String xml) {
    return new Corrupted(
        new Fault(file, FaultKind.TRUNCATED_XML, 0, "cut at half its length"),
        xml.substring(0, xml.length() / 2));
  }

  /**
   * Mistypes one pupil's UPN. The line reported is the pupil's element ({@code PupilOnRoll} or
   * {@code PupilNoLongerOnRoll}), two lines above its {@code UPN}; a return without pupils is cut
   * short instead.
   */
  private static Corrupted mistypedUpn(String file, String xml, SplittableRandom rng) {
    String[] lines = xml.split("\n", -1);
    List<Integer> upnLines = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains("<UPN>")) {
        upnLines.add(i);
      }
    }
    if (upnLines.isEmpty()) {
      return truncated(file, xml);
    }
    int at = upnLines.get(rng.nextInt(upnLines.size()));
    int open = lines[at].indexOf("<UPN>") + "<UPN>".length();
    String upn = lines[at].substring(open, open + 13);
    lines[at] =
        lines[at].substring(0, open)
            + UpnTypo.wrongCheckLetter(upn)
            + lines[at].substring(open + 13);
    return new Corrupted(
        new Fault(file, FaultKind.MALFORMED_UPN, at - 1, "pupil's UPN with a wrong check letter"),
        String.join("\n", lines));
  }
}
