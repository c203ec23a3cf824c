package io.portcullis.core.enforce;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The streamed fields of one answer that are being inspected, in the order they opened, each with
 * its own {@link DeltaFilter}. A field's filter may hold back a tail; when the field ends, that tail
 * goes out in a node shaped like the field's own deltas, so the caller's SDK appends it to the same
 * field: the closing brace of a tool call's input as a tool-input delta, never as text (an SDK
 * rejects a text delta on a tool-use block, and the tool input would lose its end).
 *
 * <p>Bounded: each filter holds a bounded tail, and at most {@link #MAX_OPEN} fields are open at once
 * (more is an upstream fault, like an oversized event).
 */
final class OpenFields {
  static final int MAX_OPEN = 1024;

  /**
   * Where a field's held-back tail goes: {@code node} is a delta of the field's own shape (an event,
   * or a chat choice) and the tail is put in {@code holder}'s string {@code name} within it.
   */
  record Tail(ObjectNode node, ObjectNode holder, String name) {}

  private record Field(String group, DeltaFilter filter, Supplier<Tail> tail) {}

  private final Supplier<DeltaFilter> filters;
  private final Map<String, Field> open = new LinkedHashMap<>();

  OpenFields(Supplier<DeltaFilter> filters) {
    this.filters = filters;
  }

  /**
   * The text to send now for {@code delta} of field {@code key}, which belongs to {@code group} (a
   * choice, a content block, an output item). {@code tail} is only called if the field ends with
   * something held back, so an open field costs no node.
   */
  String accept(String key, String group, String delta, Supplier<Tail> tail) {
    Field f = open.get(key);
    if (f == null) {
      if (open.size() >= MAX_OPEN) {
        throw new IllegalStateException("a streamed answer opened more than " + MAX_OPEN + " fields at once");
      }
      f = new Field(group, filters.get(), tail);
      open.put(key, f);
    }
    return f.filter.accept(delta);
  }

  /** Ends field {@code key}: its tail node, if it is open and held something back. */
  List<ObjectNode> end(String key) {
    Field f = open.remove(key);
    ObjectNode t = f == null ? null : tail(f);
    return t == null ? List.of() : List.of(t);
  }

  /** Ends every field of {@code group}: the tail nodes of those that held something back, in opening order. */
  List<ObjectNode> endGroup(String group) {
    return end(f -> f.group.equals(group));
  }

  /** Ends every open field (the stream is ending). */
  List<ObjectNode> endAll() {
    return end(f -> true);
  }

  private List<ObjectNode> end(Predicate<Field> which) {
    List<ObjectNode> tails = new ArrayList<>();
    for (Iterator<Field> it = open.values().iterator(); it.hasNext(); ) {
      Field f = it.next();
      if (which.test(f)) {
        it.remove();
        ObjectNode t = tail(f);
        if (t != null) {
          tails.add(t);
        }
      }
    }
    return tails;
  }

  private static ObjectNode tail(Field f) {
    String rest = f.filter.finish();
    if (rest.isEmpty()) {
      return null;
    }
    Tail t = f.tail.get();
    t.holder.put(t.name, rest);
    return t.node;
  }
}
