package org.schoolattendance.ingest.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UpnTests {

  @Test
  void checkLetterIsTheWeightedSumModulo23() {
    // 3*2 + 0*3 + 7*4 + 2*5 + 0*6 + 0*7 + 1*8 + 0*9 + 0*10 + 0*11 + 0*12 + 1*13 = 65;
    // 65 mod 23 = 19, the 20th letter of ABCDEFGHJKLMNPQRTUVWXYZ = W
    assertThat(Upn.checkLetter("307200100001")).isEqualTo('W');
    assertThat(Upn.isValid("W307200100001")).isTrue();
    assertThat(Upn.isValid("A307200100001")).isFalse();
  }

  @Test
  void temporaryUpnEndsInALetterThatCountsByItsPositionInTheAlphabet() {
    // as above but the last character is B (value 1): the same sum, so the same letter
    assertThat(Upn.checkLetter("30720010000B")).isEqualTo('W');
    assertThat(Upn.isValid("W30720010000B")).isTrue();
  }

  @Test
  void rejectsWrongShapes() {
    assertThat(Upn.isValid(null)).isFalse();
    assertThat(Upn.isValid("W30720010000")).isFalse();
    assertThat(Upn.isValid("I307200100001")).isFalse();
    assertThat(Upn.isValid("W3072001000O1")).isFalse();
  }
}
