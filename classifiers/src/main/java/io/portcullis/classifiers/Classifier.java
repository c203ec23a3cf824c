package io.portcullis.classifiers;

import io.portcullis.classifiers.dictionary.DictionaryDetector;
import io.portcullis.classifiers.nlp.NameDetector;
import io.portcullis.classifiers.nlp.OpenNlpLanguageIdentifier;
import io.portcullis.classifiers.pattern.PatternDetector;
import io.portcullis.classifiers.pattern.Recognizers;
import io.portcullis.classifiers.pattern.Scoring;
import io.portcullis.classifiers.phone.PhoneDetector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one entry point: text in, resolved findings out. Thread-safe; build once and share.
 *
 * <pre>{@code
 * Classifier c = Classifier.withDefaults();
 * List<Finding> fs = c.classify("身份证号11010519491231002X", ClassificationContext.defaults());
 * }</pre>
 *
 * <p>Per call: the language is filled in when the context has none, every detector appends
 * candidates, types not enabled and scores below the threshold are dropped, and overlaps are
 * resolved by {@link OverlapResolver}.
 */
public final class Classifier {

  private final EntityCatalog catalog;
  private final List<Detector> detectors;
  private final LanguageIdentifier languageIdentifier;
  private final OverlapResolver resolver;
  private final double minScore;

  private Classifier(Builder b) {
    this.catalog = b.catalog;
    this.detectors = List.copyOf(b.detectors);
    this.languageIdentifier = b.languageIdentifier;
    this.resolver = new OverlapResolver();
    this.minScore = b.minScore;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Catalog from the classpath, every shipped detector (patterns, phones, names), and language
   * identification by script first, the OpenNLP langdetect model only when scripts do not decide.
   * Dictionaries live outside the jar: add them with {@link Builder#dictionaries(Path)}.
   */
  public static Classifier withDefaults() {
    return withDefaults(Optional.empty());
  }

  /**
   * As {@link #withDefaults()}, plus a {@link DictionaryDetector} over {@code dictionaries} when
   * given: the one recipe the proxy and the {@code classify} CLI share, so both find the same.
   *
   * @throws IllegalArgumentException naming file and line when a term list is invalid
   * @throws java.io.UncheckedIOException when the directory cannot be read
   */
  public static Classifier withDefaults(Optional<Path> dictionaries) {
    Builder b = defaults();
    dictionaries.ifPresent(b::dictionaries);
    return b.build();
  }

  /**
   * The default detectors and language identifier, to add dictionaries to: the one recipe behind
   * {@link #withDefaults(Optional)} and the proxy (which keeps its dictionary detector to reload it).
   */
  public static Builder defaults() {
    return builder().defaultDetectors().languageIdentifier(new OpenNlpLanguageIdentifier());
  }

  public EntityCatalog catalog() {
    return catalog;
  }

  public List<Detector> detectors() {
    return detectors;
  }

  /** The language this classifier would assume for {@code text}. */
  public String identifyLanguage(String text) {
    return languageIdentifier.identify(text);
  }

  public List<Finding> classify(String text, ClassificationContext context) {
    Objects.requireNonNull(text, "text");
    ClassificationContext ctx = context == null ? ClassificationContext.defaults() : context;
    if (ctx.language() == null) {
      ctx = ctx.withLanguage(languageIdentifier.identify(text));
    }
    List<Finding> candidates = new ArrayList<>();
    for (Detector d : detectors) {
      d.detect(text, ctx, candidates);
    }
    List<Finding> kept = new ArrayList<>(candidates.size());
    for (Finding f : candidates) {
      if (f.score() >= minScore && ctx.enabled(f.type())) {
        kept.add(f);
      }
    }
    return resolver.resolve(kept);
  }

  /** Assembles a classifier; detectors run in the order added. */
  public static final class Builder {
    private EntityCatalog catalog;
    private final List<Detector> detectors = new ArrayList<>();
    private LanguageIdentifier languageIdentifier = new ScriptLanguageIdentifier();
    private double minScore = Scoring.REPORT_THRESHOLD;
    private boolean defaults;

    private Builder() {
    }

    public Builder catalog(EntityCatalog catalog) {
      this.catalog = Objects.requireNonNull(catalog);
      return this;
    }

    public Builder detector(Detector detector) {
      detectors.add(Objects.requireNonNull(detector));
      return this;
    }

    /** Adds the shipped detectors (see {@link DefaultDetectors}) when {@link #build()} runs. */
    public Builder defaultDetectors() {
      this.defaults = true;
      return this;
    }

    /**
     * Adds a Lucene dictionary detector over the {@code *.terms} files below {@code directory}
     * (e.g. {@code policies/dictionaries}); call {@link DictionaryDetector#reload()} on the returned
     * classifier's detector to pick up edits without a restart.
     */
    public Builder dictionaries(Path directory) {
      return detector(new DictionaryDetector(directory, catalog == null ? EntityCatalog.load() : catalog));
    }

    public Builder languageIdentifier(LanguageIdentifier identifier) {
      this.languageIdentifier = Objects.requireNonNull(identifier);
      return this;
    }

    /** Findings scoring below this are dropped (default {@value Scoring#REPORT_THRESHOLD}). */
    public Builder minScore(double minScore) {
      this.minScore = minScore;
      return this;
    }

    public Classifier build() {
      if (catalog == null) {
        catalog = EntityCatalog.load();
      }
      if (defaults) {
        detectors.addAll(0, DefaultDetectors.create(catalog));
      }
      return new Classifier(this);
    }
  }

  /** The shipped detectors, listed in one place. */
  public static final class DefaultDetectors {
    private DefaultDetectors() {
    }

    public static List<Detector> create(EntityCatalog catalog) {
      return List.of(
          new PatternDetector(Recognizers.defaults(), catalog),
          new PhoneDetector(catalog),
          NameDetector.fromClasspath());
    }
  }
}
