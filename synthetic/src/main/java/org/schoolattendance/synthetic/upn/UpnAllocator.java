package org.schoolattendance.synthetic.upn;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Issues permanent UPNs: check letter + LA code + establishment number + 2-digit year + 3-digit
 * serial. Serials run per issuing school and year, so UPNs are unique within a run.
 */
public final class UpnAllocator {

  private final Map<String, Integer> nextSerial = new HashMap<>();

  /** A new UPN, or null when this school has used all 999 serials for that year. */
  public String issue(String laCode, String estab, int year) {
    String prefix = laCode + estab + String.format(Locale.ROOT, "%02d", Math.floorMod(year, 100));
    int serial = nextSerial.merge(prefix, 1, Integer::sum);
    if (serial > 999) {
      return null;
    }
    return UpnCheckLetter.withCheckLetter(prefix + String.format(Locale.ROOT, "%03d", serial));
  }
}
