package io.portcullis.core.enforce;

/**
 * How an exchange's answer must be rewritten on its way back to the caller (e.g. surrogates restored
 * to the caller's original values): per streamed field, and for whole texts.
 */
public interface AnswerRewrite {

  DeltaFilter newFieldFilter();

  String wholeText(String text);
}
