package io.portcullis.classifiers.nlp;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Feature-descriptor hook for {@link LexicalFeatureGenerator}:
 * {@code <generator class="io.portcullis.classifiers.nlp.LexicalFeatureGeneratorFactory">
 * <bool name="rightClassBigram">true</bool><bool name="suffix">true</bool></generator>}; both
 * default to what the first models were trained with (no right class bigram, suffix on).
 */
public final class LexicalFeatureGeneratorFactory
    extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    return new LexicalFeatureGenerator(getBool("rightClassBigram", false), getBool("suffix", true));
  }
}
