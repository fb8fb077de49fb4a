package org.schoolattendance.reports;

/** Academic years written as {@code 2024/25}, and the DfE's form of them, {@code 202425}. */
public final class AcademicYears {

  private AcademicYears() {}

  /** {@code 2024/25} → {@code 2023/24}. */
  public static String previous(String academicYear) {
    int start = Integer.parseInt(academicYear.substring(0, 4)) - 1;
    return start + "/" + String.format("%02d", (start + 1) % 100);
  }

  /** {@code 2023/24} → {@code 202324}, as the DfE writes time_period. */
  public static String dfeTimePeriod(String academicYear) {
    return academicYear.replace("/", "");
  }
}
