package io.portcullis.classifiers.dictionary;

import io.portcullis.classifiers.ClassificationContext;
import io.portcullis.classifiers.Detector;
import io.portcullis.classifiers.EntityCatalog;
import io.portcullis.classifiers.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Terms that compliance officers maintain as files ({@code *.terms}, see {@link TermList}) under a
 * directory such as {@code policies/dictionaries/}, matched with Lucene Monitor. {@link #reload()}
 * compiles the directory afresh and swaps it in atomically: calls in flight finish on the old
 * snapshot (closed when the last of them is done), and a directory with a broken file keeps the old
 * snapshot and reports the error.
 */
public final class DictionaryDetector implements Detector {

  public static final String NAME = "dictionary";
  /** What makes a file below the directory a term list. */
  public static final String SUFFIX = ".terms";

  private final Path directory;
  private final EntityCatalog catalog;
  private final AtomicReference<CompiledDictionaries> current = new AtomicReference<>();

  public DictionaryDetector(Path directory) {
    this(directory, EntityCatalog.load());
  }

  public DictionaryDetector(Path directory, EntityCatalog catalog) {
    this.directory = directory;
    this.catalog = catalog;
    reload();
  }

  /**
   * Re-reads every {@code *.terms} file below the directory and swaps the new matcher in. One
   * reload at a time: two racing (a file watch and an operator's trigger) could otherwise swap in
   * the older compile last.
   *
   * @return number of terms now active
   * @throws IllegalArgumentException naming file and line when a list is invalid (old terms stay)
   * @throws UncheckedIOException     when the directory cannot be read (old terms stay)
   */
  public synchronized int reload() {
    try {
      List<TermList> lists = new ArrayList<>();
      for (Path f : termFiles(directory)) {
        lists.add(TermList.read(f));
      }
      CompiledDictionaries fresh = CompiledDictionaries.compile(lists, catalog);
      CompiledDictionaries old = current.getAndSet(fresh);
      if (old != null) {
        old.release(); // this detector's reference; calls still matching on it hold theirs
      }
      return fresh.termCount();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load dictionaries from " + directory, e);
    }
  }

  /**
   * The term lists below {@code directory}, in name order: every {@code *.terms} file whose path below
   * it has no hidden part. A Kubernetes ConfigMap mount keeps a hidden timestamped copy of its files
   * beside the visible links to them ({@code ..2026_12_07_...}, {@code ..data}); read both, every term
   * would count twice. Editors' hidden swap files are skipped the same way.
   */
  public static List<Path> termFiles(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(p -> p.getFileName().toString().endsWith(SUFFIX) && !hidden(directory.relativize(p)))
          .sorted().toList();
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  public int termCount() {
    return current.get().termCount();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void detect(String text, ClassificationContext context, List<Finding> out) {
    // The call holds its snapshot until it is done, so a reload cannot close the Monitor or the
    // analyzers under it (closed, they answered nothing at all rather than failing). A snapshot
    // released between get() and acquire() has been replaced already: take the new one.
    CompiledDictionaries snapshot;
    do {
      snapshot = current.get();
    } while (!snapshot.acquire());
    try {
      snapshot.match(text, context.enabledTypes(), out, NAME);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      snapshot.release();
    }
  }
}
