package io.portcullis.classifiers.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;
import org.junit.jupiter.api.Test;

/**
 * The gazetteer features must say WHICH list matched: OpenNLP 2.5's DictionaryFeatureGenerator
 * dropped its prefix, so a first name and a city produced the same feature.
 */
class WordListsTest {

  private static Dictionary dictionary(String... entries) {
    Dictionary d = new Dictionary(false);
    for (String e : entries) {
      d.put(new StringList(e.split(" ")));
    }
    return d;
  }

  private final WordLists lists = new WordLists(List.of("first", "place"),
      List.of(dictionary("John", "Paris"), dictionary("New York", "Paris", "北 京")));

  @Test
  void eachTokenCarriesTheBitsOfTheListsThatCoverIt() {
    String[] tokens = {"john", "flew", "to", "New", "York", "and", "PARIS", "New", "Delhi"};
    // first = bit 1, place = bit 2; "New" alone (before Delhi) is only a prefix, not an entry.
    assertArrayEquals(new int[] {1, 0, 0, 2, 2, 0, 3, 0, 0}, lists.match(tokens));
  }

  @Test
  void chineseEntriesMatchCharacterTokens() {
    assertArrayEquals(new int[] {0, 2, 2, 0}, lists.match(new String[] {"去", "北", "京", "了"}));
  }
}
