package io.portcullis.classifiers.dictionary;

/** How a dictionary term is compared with the text. */
public enum MatchMode {
  /** Same words, case-insensitive, no stemming ("HIV" matches "hiv", not "HIVs"). */
  EXACT,
  /** Same words after language analysis: English stemming (plurals and inflections, "tumors" for
   *  "tumor"), Chinese character bigrams (any segmentation of the surrounding text). */
  PHRASE,
  /** Single English words within a small edit distance (typos: "diabetis"); longer terms as PHRASE. */
  FUZZY
}
