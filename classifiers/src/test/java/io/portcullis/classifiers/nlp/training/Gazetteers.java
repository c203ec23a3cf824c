package io.portcullis.classifiers.nlp.training;

import io.portcullis.classifiers.nlp.NameTokenizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;

/**
 * Word lists the name finder sees as features ("this token is a known first name"), so it can
 * recognise a name in a sentence shape it never saw. Built only from the TRAINING partition of the
 * pools, so held-out person names are unknown to them. They are stored inside the model file.
 */
final class Gazetteers {

  private static final int DRAWS = 6000;
  private static final int MAX_TOKENS = 5;

  private Gazetteers() {}

  /** Resource map for TokenNameFinderFactory: artifact name (ending .dict) to Dictionary. */
  static Map<String, Object> english(long seed) {
    EntityPools pools = new EntityPools(seed, false);
    Dictionary first = new Dictionary(false);
    Dictionary last = new Dictionary(false);
    Dictionary place = new Dictionary(false);
    Dictionary orgWord = new Dictionary(false);
    for (int i = 0; i < DRAWS; i++) {
      String[] person = pools.englishPerson().split(" ");
      addSome(first, person[0]);
      addSome(last, person[person.length - 1]);
      addSome(last, pools.englishSurname());
      add(place, pools.englishFaker().address().state());
      add(place, pools.englishFaker().address().country());
    }
    EntityPools.pinyinSurnames().forEach(s -> addSome(last, s));
    EntityPools.worldPlacesEnglish().forEach(s -> add(place, s));
    EntityPools.organizationSuffixesEnglish().forEach(s -> add(orgWord, s));
    List.of("University", "College", "Institute", "Hospital", "Foundation", "Association",
        "Ministry", "Agency", "Company", "Co", "Corp", "Limited", "PLC", "AG", "SA", "and")
        .forEach(s -> add(orgWord, s));
    Map<String, Object> resources = new LinkedHashMap<>();
    resources.put("first.dict", first);
    resources.put("last.dict", last);
    resources.put("place.dict", place);
    resources.put("org.dict", orgWord);
    return resources;
  }

  static Map<String, Object> chinese(long seed) {
    EntityPools pools = new EntityPools(seed, false);
    Dictionary surname = new Dictionary(false);
    Dictionary place = new Dictionary(false);
    Dictionary orgKind = new Dictionary(false);
    for (int i = 0; i < DRAWS; i++) {
      add(surname, pools.chineseFaker().name().lastName());
      add(place, pools.chineseFaker().address().city());
      add(place, pools.chineseFaker().address().state());
    }
    EntityPools.worldPlacesChinese().forEach(s -> add(place, s));
    List.of("省", "市", "县", "区", "镇", "乡", "村", "街", "路", "号", "州", "自治区")
        .forEach(s -> add(place, s));
    EntityPools.organizationKindsChinese().forEach(s -> add(orgKind, s));
    List.of("公司", "集团", "银行", "大学", "学院", "医院", "研究所", "委员会", "局", "部", "厅",
        "中心", "协会", "基金会", "有限公司", "人民政府").forEach(s -> add(orgKind, s));
    Map<String, Object> resources = new LinkedHashMap<>();
    resources.put("surname.dict", surname);
    resources.put("place.dict", place);
    resources.put("org.dict", orgKind);
    return resources;
  }

  /**
   * Adds only half of the training names (hash mod 8 in 1..3; held-out names are hash mod 4 == 0),
   * so during training the model meets many names the lists lack and learns not to depend on them.
   */
  private static void addSome(Dictionary dict, String entry) {
    int h = Math.floorMod(entry.hashCode(), 8);
    if (h >= 1 && h <= 3) {
      add(dict, entry);
    }
  }

  /** Adds the entry tokenized exactly like the run-time text. */
  private static void add(Dictionary dict, String entry) {
    String[] tokens = NameTokenizer.strings(entry, NameTokenizer.tokenize(entry, 0, entry.length()));
    if (tokens.length > 0 && tokens.length <= MAX_TOKENS) {
      dict.put(new StringList(tokens));
    }
  }

  /** One {@code WordListFeatureGenerator} over all lists (shipped). */
  static String wordListXml(Map<String, Object> resources) {
    return "  <generator class=\"io.portcullis.classifiers.nlp.WordListFeatureGeneratorFactory\">\n"
        + "    <str name=\"lists\">" + String.join(",", resources.keySet()) + "</str>\n"
        + "  </generator>\n";
  }

}
