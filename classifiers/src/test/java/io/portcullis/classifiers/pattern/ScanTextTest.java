package io.portcullis.classifiers.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScanTextTest {

  /** lower() calls Character.toLowerCase only for the chars it changes: same result on every char. */
  @Test
  void lowerMatchesCharacterToLowerCaseOnEveryChar() {
    char[] all = new char[1 << 16];
    for (int i = 0; i < all.length; i++) {
      all[i] = (char) i;
    }
    String lower = new ScanText(new String(all)).lower();
    for (int i = 0; i < all.length; i++) {
      assertEquals(Character.toLowerCase((char) i), lower.charAt(i), "U+" + Integer.toHexString(i));
    }
  }

  @Test
  void lowerKeepsLengthAndLowersEveryScript() {
    String text = "卡号 ÀÉ ΣΑΣ ＩＤ Иван 身份证ABC";
    String expected = new StringBuilder().append(text.chars()
        .map(c -> Character.toLowerCase((char) c)).collect(StringBuilder::new,
            StringBuilder::appendCodePoint, StringBuilder::append)).toString();
    assertEquals(expected, new ScanText(text).lower());
  }
}
