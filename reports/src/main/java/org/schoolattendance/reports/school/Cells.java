package org.schoolattendance.reports.school;

import java.util.function.Function;
import org.schoolattendance.reports.Figures;

/** Table cells shared by the school sections: a figure, or the suppression symbol. */
final class Cells {

  /** The DfE symbol for a figure withheld to protect confidentiality. */
  static final String SUPPRESSED = "c";

  private Cells() {}

  static String percent(Headline measures, Function<Headline, Double> rate) {
    return measures == null ? Figures.NOT_AVAILABLE : Figures.percent(rate.apply(measures));
  }

  static String percent(Double value) {
    return Figures.percent(value);
  }

  static String count(long value, boolean suppressed) {
    return suppressed ? SUPPRESSED : Figures.count(value);
  }

  static String percent(double value, boolean suppressed) {
    return suppressed ? SUPPRESSED : Figures.percent(value);
  }

  static String suppressionKey(long minimum) {
    return SUPPRESSED
        + " = fewer than "
        + minimum
        + " pupils, or hidden so that such a figure cannot be worked out from the others"
        + " (figures withheld to protect pupils).";
  }
}
