package io.portcullis.core.enforce.pseudonym;

/** Which writing system a name is in, so its surrogate can be written in the same one. */
final class Scripts {

  enum Script { HAN, LATIN, OTHER }

  private Scripts() {
  }

  /** HAN when any Han character occurs, LATIN when every letter is Latin, OTHER otherwise. */
  static Script of(String s) {
    boolean latin = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      if (script == Character.UnicodeScript.HAN) {
        return Script.HAN;
      }
      if (script != Character.UnicodeScript.LATIN) {
        return Script.OTHER;
      }
      latin = true;
    }
    return latin ? Script.LATIN : Script.OTHER;
  }
}
