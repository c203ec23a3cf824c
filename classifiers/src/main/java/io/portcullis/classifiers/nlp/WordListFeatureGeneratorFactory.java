package io.portcullis.classifiers.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.DictionarySerializer;

/**
 * Feature-descriptor hook for {@link WordListFeatureGenerator}:
 * {@code <generator class="io.portcullis.classifiers.nlp.WordListFeatureGeneratorFactory">
 * <str name="lists">first.dict,last.dict</str></generator>}. The lists are Dictionary artifacts
 * stored inside the model file; each list's feature name is its artifact name without extension.
 */
public final class WordListFeatureGeneratorFactory
    extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    List<String> names = new ArrayList<>();
    List<Dictionary> dictionaries = new ArrayList<>();
    for (String artifact : artifacts()) {
      Object resource = resourceManager == null ? null : resourceManager.getResource(artifact);
      if (!(resource instanceof Dictionary dictionary)) {
        throw new InvalidFormatException("word list missing from the model: " + artifact);
      }
      names.add(artifact.substring(0, artifact.indexOf('.')));
      dictionaries.add(dictionary);
    }
    return new WordListFeatureGenerator(new WordLists(names, dictionaries));
  }

  @Override
  public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping()
      throws InvalidFormatException {
    Map<String, ArtifactSerializer<?>> mapping = new LinkedHashMap<>();
    for (String artifact : artifacts()) {
      mapping.put(artifact, new DictionarySerializer());
    }
    return mapping;
  }

  private List<String> artifacts() throws InvalidFormatException {
    return List.of(getStr("lists").split(","));
  }
}
