package io.portcullis.classifiers.nlp.bench;

import io.portcullis.classifiers.ClassificationContext;
import io.portcullis.classifiers.Classifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Heap retained by the whole classifier as the proxy builds it (every detector, both name-finder
 * models, the langdetect model and a 10,000-term dictionary) after it has classified mixed prompts on
 * {@code threads} threads at once: the per-thread structures (name-feature tables, Chinese word
 * lists, analyzers) are built per thread, and the proxy classifies on its event loops (streamed
 * answers) and its worker pool (requests), two of each on this machine. Measured as used heap after
 * full GCs, minus the same before loading.
 *
 * <pre>java -Xmx1g -cp &lt;classifiers test classpath&gt; io.portcullis.classifiers.nlp.bench.HeapFootprint [threads]</pre>
 */
public final class HeapFootprint {

  public static void main(String[] args) throws Exception {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 4;
    Path dir = Files.createTempDirectory("dict10k");
    BenchmarkInputs.dictionaryDirectory(Path.of("../policies/dictionaries"), dir, 10_000);
    List<String> prompts = BenchmarkInputs.mixedPrompts(64);
    long before = usedAfterGc();
    Classifier classifier = Classifier.defaults().dictionaries(dir).build();
    // Threads stay alive (parked) while the heap is measured, so what they hold per thread counts, as
    // a proxy's pooled threads keep it.
    java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(threads);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    List<Thread> running = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      running.add(Thread.ofPlatform().start(() -> {
        for (String p : prompts) {
          classifier.classify(p, new ClassificationContext(classifier.identifyLanguage(p), "CN", java.util.Set.of()));
        }
        done.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }));
    }
    done.await();
    long after = usedAfterGc();
    System.out.printf(Locale.ROOT, "threads that classified: %d; prompts each: %d%n", threads, prompts.size());
    System.out.printf(Locale.ROOT, "heap retained by the whole classifier + 10,000 dictionary terms: %.1f MB%n",
        (after - before) / 1e6);
    System.out.println(classifier.detectors().size() + " detectors");
    release.countDown();
    for (Thread th : running) {
      th.join();
    }
    System.exit(0); // Lucene Monitor's cache-purge thread is not a daemon
  }

  private static long usedAfterGc() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
