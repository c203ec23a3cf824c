package io.portcullis.classifiers.pattern;

/** Context words shared by the passport recognizers. */
final class PassportRecognizers {

  static final ContextWords CONTEXT = ContextWords.of("passport", "护照", "護照", "passport no",
      "travel document", "旅行证件");

  private PassportRecognizers() {
  }
}
