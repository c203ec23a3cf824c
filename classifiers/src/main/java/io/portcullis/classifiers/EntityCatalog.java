package io.portcullis.classifiers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The entity catalog: every entity type with its category, sensitivity level, default replacement
 * and detector. It is one data file ({@code entity-catalog.json}) shared with OPA, which loads the
 * same file as {@code data.entity_catalog}; this class reads and validates it so a typo fails at
 * start-up with the offending key named, not as a silent policy miss.
 */
public final class EntityCatalog {

  /** Classpath resource holding the shipped catalog. */
  public static final String RESOURCE = "/io/portcullis/classifiers/entity-catalog.json";

  private static final Set<String> REPLACEMENTS = Set.of("surrogate", "placeholder", "redact");
  private static final Pattern TYPE_NAME = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

  /** One catalog entry. */
  public record EntityType(String name, String category, int level, String replacement,
                           String detector, String description) {
  }

  private final Map<String, EntityType> types;

  private EntityCatalog(Map<String, EntityType> types) {
    this.types = Collections.unmodifiableMap(types);
  }

  /** The catalog shipped in this jar. */
  public static EntityCatalog load() {
    try (InputStream in = EntityCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("entity catalog resource missing: " + RESOURCE);
      }
      return parse(in, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads and validates a catalog; {@code source} names the file in error messages. */
  public static EntityCatalog parse(InputStream in, String source) throws IOException {
    JsonNode root = new ObjectMapper().readTree(in);
    if (root == null || !root.isObject()) {
      throw invalid(source, "(root)", "must be a JSON object");
    }
    JsonNode catalog = root.get("entity_catalog");
    if (catalog == null || !catalog.isObject()) {
      throw invalid(source, "entity_catalog", "missing or not an object");
    }
    JsonNode categories = catalog.get("categories");
    JsonNode typeNodes = catalog.get("types");
    if (typeNodes == null || !typeNodes.isObject() || typeNodes.isEmpty()) {
      throw invalid(source, "entity_catalog.types", "missing, empty or not an object");
    }
    Map<String, EntityType> types = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : typeNodes.properties()) {
      String name = e.getKey();
      String path = "entity_catalog.types." + name;
      if (!TYPE_NAME.matcher(name).matches()) {
        throw invalid(source, path, "type names are UPPER_SNAKE_CASE");
      }
      JsonNode t = e.getValue();
      if (!t.isObject()) {
        throw invalid(source, path, "must be an object");
      }
      String category = text(t, "category", source, path);
      if (categories != null && categories.isObject() && !categories.has(category)) {
        throw invalid(source, path + ".category", "unknown category " + category
            + " (not in entity_catalog.categories)");
      }
      JsonNode level = t.get("level");
      if (level == null || !level.isInt() || level.asInt() < 1 || level.asInt() > 4) {
        throw invalid(source, path + ".level", "must be an integer 1..4");
      }
      String replacement = text(t, "replacement", source, path);
      if (!REPLACEMENTS.contains(replacement)) {
        throw invalid(source, path + ".replacement", "must be one of " + REPLACEMENTS);
      }
      String detector = text(t, "detector", source, path);
      JsonNode description = t.get("description");
      types.put(name, new EntityType(name, category, level.asInt(), replacement, detector,
          description == null ? "" : description.asText()));
    }
    return new EntityCatalog(types);
  }

  private static String text(JsonNode node, String field, String source, String path) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw invalid(source, path + "." + field, "must be a non-empty string");
    }
    return v.asText();
  }

  private static IllegalArgumentException invalid(String source, String key, String why) {
    return new IllegalArgumentException("invalid entity catalog " + source + ": " + key + ": " + why);
  }

  public Set<String> typeNames() {
    return types.keySet();
  }

  public Optional<EntityType> find(String name) {
    return Optional.ofNullable(types.get(name));
  }

  /** The entry for {@code name}; a detector reporting a type the catalog lacks is a programming error. */
  public EntityType type(String name) {
    EntityType t = types.get(name);
    if (t == null) {
      throw new IllegalArgumentException("entity type not in catalog: " + name);
    }
    return t;
  }

  /** Builds a finding with category and level taken from this catalog. */
  public Finding finding(String type, int start, int end, double score, String detector,
                         boolean validated, String explanation) {
    EntityType t = type(type);
    return new Finding(type, t.category(), t.level(), start, end, score, detector, validated,
        explanation);
  }
}
