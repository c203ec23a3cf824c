package io.portcullis.classifiers.nlp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Same-JVM comparison of OpenNLP's NameFinderME (the models' beam size 1) and
 * {@link GreedyNameFinder} on every sentence of the CpuTimeThroughput prompts, tokenized
 * beforehand, alternating per prompt so both see the same machine load and JIT state. Thread CPU
 * time per prompt: mean, p50, p99.
 *
 * <pre>java -cp &lt;classifiers test classpath&gt; io.portcullis.classifiers.nlp.DecoderCpuTime [rounds]</pre>
 */
public final class DecoderCpuTime {

  private static final int WARM_UP = 3;

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    // The whole-pipeline prompts; ClassifierBenchmark keeps their generator package-private.
    Method generator = Class.forName("io.portcullis.classifiers.bench.ClassifierBenchmark")
        .getDeclaredMethod("prompts", int.class, long.class);
    generator.setAccessible(true);
    @SuppressWarnings("unchecked")
    List<String> prompts = (List<String>) generator.invoke(null, 64, 7L);
    TokenNameFinderModel en = NameDetector.loadModel(NameDetector.ENGLISH_MODEL);
    TokenNameFinderModel zh = NameDetector.loadModel(NameDetector.CHINESE_MODEL);
    NameFinderME[] reference = {new NameFinderME(en), new NameFinderME(zh)};
    GreedyNameFinder[] greedy = {new GreedyNameFinder(en), new GreedyNameFinder(zh)};
    List<List<String[]>> sentences = new ArrayList<>();
    List<List<Integer>> models = new ArrayList<>();
    for (String p : prompts) {
      List<String[]> tokens = new ArrayList<>();
      List<Integer> model = new ArrayList<>();
      SentenceSplitter.split(p, (start, end) -> {
        String[] t = NameTokenizer.strings(p, NameTokenizer.tokenize(p, start, end));
        if (t.length > 0) {
          tokens.add(t);
          model.add(p.substring(start, end).chars().anyMatch(c -> NameTokenizer.isHan((char) c))
              ? 1 : 0);
        }
      });
      sentences.add(tokens);
      models.add(model);
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long[] before = new long[rounds * prompts.size()];
    long[] after = new long[rounds * prompts.size()];
    int k = 0;
    for (int pass = 0; pass < WARM_UP + rounds; pass++) {
      for (int q = 0; q < prompts.size(); q++) {
        long t0 = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < sentences.get(q).size(); i++) {
          NameFinderME finder = reference[models.get(q).get(i)];
          finder.find(sentences.get(q).get(i));
          finder.clearAdaptiveData();
        }
        long t1 = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < sentences.get(q).size(); i++) {
          greedy[models.get(q).get(i)].find(sentences.get(q).get(i));
        }
        long t2 = mx.getCurrentThreadCpuTime();
        if (pass >= WARM_UP) {
          before[k] = t1 - t0;
          after[k++] = t2 - t1;
        }
      }
    }
    System.out.printf(Locale.ROOT, "%d prompts, every sentence, %d rounds after %d warm-up rounds%n",
        prompts.size(), rounds, WARM_UP);
    print("NameFinderME (beam 1)", before);
    print("GreedyNameFinder", after);
    System.out.printf(Locale.ROOT, "load average %.1f%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static void print(String name, long[] perPrompt) {
    Arrays.sort(perPrompt);
    System.out.printf(Locale.ROOT, "%-24s mean %8.1f µs  p50 %8.1f µs  p99 %8.1f µs CPU per prompt%n",
        name, Arrays.stream(perPrompt).average().orElse(0) / 1e3,
        perPrompt[perPrompt.length / 2] / 1e3, perPrompt[(int) (perPrompt.length * 0.99)] / 1e3);
  }
}
