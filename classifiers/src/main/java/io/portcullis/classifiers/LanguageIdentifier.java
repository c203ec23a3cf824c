package io.portcullis.classifiers;

/**
 * Names the language of a text as an ISO 639-1 code ("en", "zh", ...). Implementations are
 * thread-safe. {@link ScriptLanguageIdentifier} is the cheap default; a statistical identifier can be
 * plugged in through {@link Classifier.Builder#languageIdentifier(LanguageIdentifier)}.
 */
@FunctionalInterface
public interface LanguageIdentifier {

  String identify(String text);
}
