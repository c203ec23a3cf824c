package io.portcullis.classifiers.nlp;

import java.util.Arrays;

/**
 * An open-addressing map from a pair of positive ints to a value, for the name finder's
 * neighbour-pair cache: one array of packed long keys probed linearly, where a HashMap per token
 * cost a chain of scattered objects per lookup (JFR: the pair lookups were the decoder's top frame
 * on prose). Not thread-safe.
 */
final class PairTable<V> {

  private long[] keys = new long[1024];
  private Object[] values = new Object[1024];
  private int size;

  static long key(int first, int second) {
    return ((long) first << 32) | (second & 0xFFFFFFFFL);
  }

  int size() {
    return size;
  }

  @SuppressWarnings("unchecked")
  V get(long key) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      long k = keys[i];
      if (k == key) {
        return (V) values[i];
      }
      if (k == 0) {
        return null;
      }
    }
  }

  /** Adds a key that is not in the table yet (key 0 is reserved for empty slots). */
  void put(long key, V value) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    insert(key, value);
    size++;
  }

  void clear() {
    Arrays.fill(keys, 0L);
    Arrays.fill(values, null);
    size = 0;
  }

  private void insert(long key, Object value) {
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (keys[i] != 0) {
      i = (i + 1) & mask;
    }
    keys[i] = key;
    values[i] = value;
  }

  private void grow() {
    long[] oldKeys = keys;
    Object[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new Object[oldValues.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        insert(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static int slot(long key, int mask) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
  }
}
