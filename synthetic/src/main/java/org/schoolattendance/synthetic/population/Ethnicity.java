package org.schoolattendance.synthetic.population;

import java.util.List;

/**
 * Census main ethnicity codes with the share of pupils, the relative absence propensity (from the
 * DfE 2016/17 characteristics file, relative to all pupils), the chance of FSM eligibility and the
 * first-language mix.
 */
enum Ethnicity {
  WBRI(0.62, 1.00, 0.22, NamePools.BRITISH, lang("ENG", 1.0)),
  WIRI(0.004, 1.15, 0.15, NamePools.IRISH, lang("ENG", 1.0)),
  WIRT(0.0015, 3.6, 0.55, NamePools.TRAVELLER, lang("ENG", 1.0)),
  WROM(0.004, 2.7, 0.40, NamePools.ROMA, lang("RUM", 0.6, "ENG", 0.3, "OTH", 0.1)),
  WOTH(
      0.07,
      1.0,
      0.16,
      NamePools.EUROPEAN,
      lang("POL", 0.35, "RUM", 0.2, "LIT", 0.1, "POR", 0.1, "SPA", 0.05, "ITA", 0.05, "ENG", 0.15)),
  MWBC(0.015, 1.2, 0.40, NamePools.CARIBBEAN_BRITISH, lang("ENG", 1.0)),
  MWBA(0.008, 0.95, 0.30, NamePools.AFRICAN_BRITISH, lang("ENG", 0.9, "OTH", 0.1)),
  MWAS(0.016, 0.93, 0.18, NamePools.ASIAN_BRITISH, lang("ENG", 0.9, "URD", 0.05, "OTH", 0.05)),
  MOTH(0.022, 1.0, 0.28, NamePools.MIXED, lang("ENG", 0.85, "OTH", 0.15)),
  AIND(0.035, 0.77, 0.08, NamePools.INDIAN, lang("ENG", 0.45, "GUJ", 0.2, "PNJ", 0.2, "TAM", 0.15)),
  APKN(0.045, 1.1, 0.28, NamePools.PAKISTANI, lang("URD", 0.5, "PNJ", 0.2, "ENG", 0.3)),
  ABAN(0.02, 1.0, 0.30, NamePools.BANGLADESHI, lang("BNG", 0.7, "ENG", 0.3)),
  AOTH(
      0.02, 0.8, 0.15, NamePools.OTHER_ASIAN, lang("VIE", 0.3, "TAM", 0.3, "ENG", 0.3, "OTH", 0.1)),
  BCRB(0.01, 1.02, 0.35, NamePools.CARIBBEAN, lang("ENG", 1.0)),
  BAFR(
      0.04,
      0.62,
      0.30,
      NamePools.AFRICAN,
      lang("ENG", 0.45, "SOM", 0.2, "YOR", 0.15, "IGB", 0.1, "OTH", 0.1)),
  BOTH(0.006, 0.8, 0.35, NamePools.CARIBBEAN, lang("ENG", 0.9, "OTH", 0.1)),
  CHNE(0.005, 0.51, 0.07, NamePools.CHINESE, lang("CHI", 0.6, "ENG", 0.4)),
  OOTH(
      0.02,
      0.94,
      0.30,
      NamePools.MIDDLE_EASTERN,
      lang("ARA", 0.45, "TUR", 0.25, "ENG", 0.2, "OTH", 0.1)),
  REFU(0.005, 1.15, 0.20, NamePools.BRITISH, lang("ENG", 0.9, "REF", 0.1)),
  NOBT(0.006, 1.2, 0.25, NamePools.MIXED, lang("ENG", 0.8, "NOT", 0.2));

  record LanguageShare(String code, double share) {}

  final double share;
  final double absenceFactor;
  final double fsmChance;
  final NamePools names;
  final List<LanguageShare> languages;

  Ethnicity(
      double share,
      double absenceFactor,
      double fsmChance,
      NamePools names,
      List<LanguageShare> languages) {
    this.share = share;
    this.absenceFactor = absenceFactor;
    this.fsmChance = fsmChance;
    this.names = names;
    this.languages = languages;
  }

  boolean travellerHeritage() {
    return this == WIRT || this == WROM;
  }

  private static List<LanguageShare> lang(Object... pairs) {
    LanguageShare[] out = new LanguageShare[pairs.length / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = new LanguageShare((String) pairs[2 * i], ((Number) pairs[2 * i + 1]).doubleValue());
    }
    return List.of(out);
  }
}
