package org.schoolattendance.synthetic.upn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UpnCheckLetterTest {

  @Test
  void publishedExampleHasCheckLetterB() {
    // 8*2 + 1*4 + 2*5 + 5*10 + 1*13 = 93; 93 mod 23 = 1 -> B
    assertThat(UpnCheckLetter.forBody("801200005001")).isEqualTo('B');
    assertThat(UpnCheckLetter.isValid("B801200005001")).isTrue();
    assertThat(UpnCheckLetter.isValid("A801200005001")).isFalse();
  }

  @Test
  void remainderThirteenMapsToPBecauseIandOAreSkipped() {
    // 2*2 + 7*4 + 1*9 + 6*10 + 4*12 + 9*13 = 266; 266 mod 23 = 13; A..H = 0..7, J..N = 8..12, P =
    // 13
    assertThat(UpnCheckLetter.forBody("207000016049")).isEqualTo('P');
  }

  @Test
  void temporaryUpnLetterCountsAsItsTableIndex() {
    // Final 'C' counts as 2: 8*2 + 1*4 + 2*5 + 5*10 + 2*13 = 106; 106 mod 23 = 14 -> Q
    assertThat(UpnCheckLetter.forBody("80120000500C")).isEqualTo('Q');
  }

  @Test
  void rejectsWrongLengthAndLetters() {
    assertThat(UpnCheckLetter.isValid("B80120000500")).isFalse();
    assertThat(UpnCheckLetter.isValid("B8012000050X1")).isFalse();
    assertThat(UpnCheckLetter.isValid(null)).isFalse();
  }

  @Test
  void allocatorIssuesValidSequentialUpns() {
    UpnAllocator a = new UpnAllocator();
    String first = a.issue("307", "2001", 2024);
    String second = a.issue("307", "2001", 2024);
    assertThat(first.substring(1)).isEqualTo("307200124001");
    assertThat(second.substring(1)).isEqualTo("307200124002");
    assertThat(UpnCheckLetter.isValid(first)).isTrue();
    assertThat(UpnCheckLetter.isValid(second)).isTrue();
  }
}
