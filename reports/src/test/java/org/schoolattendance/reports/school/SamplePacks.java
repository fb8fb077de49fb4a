package org.schoolattendance.reports.school;

import java.time.LocalDate;
import java.util.List;

/** Hand-made packs with known unrounded figures. */
final class SamplePacks {

  private SamplePacks() {}

  static final Headline SCHOOL =
      new Headline(412, 123_456, 8_562, 93.0649, 6.9351, 4.4125, 2.5226, 71, 17.2330, 4, 0.9709);

  /** Unauthorised 2.45 sits exactly on a rounding boundary: half-up shows 2.5%. */
  static final Headline LA =
      new Headline(
          45_210,
          13_654_321,
          1_004_229,
          92.6812,
          7.3188,
          4.8688,
          2.45,
          8_123,
          17.9673,
          1_021,
          2.2584);

  static final List<TermRow> SIX_TERMS =
      List.of(
          new TermRow("2023/24 autumn", 94.1234, 5.8766, 14.8765, 93.5),
          new TermRow("2023/24 spring", 92.8, 7.2, 18.05, null),
          new TermRow("2023/24 summer", 93.4, 6.6, 16.3, 92.9),
          new TermRow("2024/25 autumn", 93.6, 6.4, 15.9, 93.0),
          new TermRow("2024/25 spring", 92.5, 7.5, 18.9, null),
          new TermRow("2024/25 summer", 93.0649, 6.9351, 17.2330, 92.6812));

  static SchoolPack synthetic() {
    return pack("Riverside Community Primary School", true, SIX_TERMS);
  }

  static SchoolPack pack(String schoolName, boolean synthetic, List<TermRow> trend) {
    return new SchoolPack(
        "123456",
        schoolName,
        "primary",
        "202",
        "2024/25 summer term",
        LocalDate.of(2025, 7, 21),
        LocalDate.of(2025, 7, 18),
        synthetic,
        SCHOOL,
        LA,
        trend);
  }
}
