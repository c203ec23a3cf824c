package io.portcullis.classifiers.nlp.bench;

import io.portcullis.classifiers.nlp.training.CorpusGenerator;
import io.portcullis.classifiers.nlp.training.CorpusGenerator.Labelled;
import io.portcullis.classifiers.nlp.training.CorpusGenerator.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.datafaker.Faker;

/** Deterministic inputs for the benchmarks: mixed prompts and a 10,000-term dictionary directory. */
public final class BenchmarkInputs {

  public static final int PROMPT_BYTES = 2048;

  private BenchmarkInputs() {}

  /**
   * {@code count} prompts of about {@link #PROMPT_BYTES} UTF-8 bytes, each mixing held-out English
   * and Chinese sentences (names, places, organisations, code and log lines) with a few
   * dictionary terms, as a cross-border chat prompt might.
   */
  public static List<String> mixedPrompts(int count) {
    Iterator<Labelled> en = new CorpusGenerator(7001, true).generateText(Language.EN, count * 40).iterator();
    Iterator<Labelled> zh = new CorpusGenerator(7002, true).generateText(Language.ZH, count * 40).iterator();
    String[] extras = {"The patient has type 2 diabetes.", "患者有乙肝病史。",
        "请不要上传军事设施坐标。", "Summarize the unpublished economic statistics."};
    Random r = new Random(7003);
    List<String> prompts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder sb = new StringBuilder();
      while (sb.toString().getBytes(StandardCharsets.UTF_8).length < PROMPT_BYTES) {
        int k = r.nextInt(10);
        sb.append(k < 5 ? en.next().text() + " " : k < 9 ? zh.next().text() : extras[r.nextInt(4)])
            .append(r.nextInt(4) == 0 ? "\n" : " ");
      }
      prompts.add(sb.toString());
    }
    return prompts;
  }

  /**
   * Writes the shipped lists plus generated ones up to {@code terms} terms in total (half English
   * noun phrases, half Chinese word pairs) into {@code dir}.
   */
  public static void dictionaryDirectory(Path shipped, Path dir, int terms) throws IOException {
    int count = 0;
    try (var files = Files.list(shipped)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".terms")).toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
        count += (int) Files.readAllLines(f).stream()
            .dropWhile(l -> !l.strip().equals("---")).skip(1)
            .filter(l -> !l.isBlank() && !l.startsWith("#")).count();
      }
    }
    Faker faker = new Faker(new Random(7004));
    Set<String> english = new LinkedHashSet<>();
    Set<String> chinese = new LinkedHashSet<>();
    Random r = new Random(7005);
    String han = "数据信息系统安全管理技术服务网络平台资源工程项目经济社会发展规划地理测绘能源交通医疗金融"
        + "通信电力水利农业矿产科研军事国防海洋气象环境卫星遥感基因人口统计财政税收贸易航空港口铁路";
    while (english.size() + chinese.size() < terms - count) {
      if (english.size() <= chinese.size()) {
        english.add(faker.word().adjective() + " " + faker.word().noun() + " " + faker.word().noun());
      } else {
        StringBuilder t = new StringBuilder();
        for (int c = 3 + r.nextInt(4); c > 0; c--) {
          t.append(han.charAt(r.nextInt(han.length())));
        }
        chinese.add(t.toString());
      }
    }
    Files.writeString(dir.resolve("generated-en.terms"),
        "type: IMPORTANT_DATA\nlanguage: en\nmatch: phrase\n---\n" + String.join("\n", english) + "\n");
    Files.writeString(dir.resolve("generated-zh.terms"),
        "type: IMPORTANT_DATA\nlanguage: zh\nmatch: phrase\n---\n" + String.join("\n", chinese) + "\n");
  }
}
