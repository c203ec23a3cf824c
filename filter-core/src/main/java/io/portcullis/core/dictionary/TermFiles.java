package io.portcullis.core.dictionary;

import io.portcullis.classifiers.dictionary.DictionaryDetector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a dictionary directory holds, as far as noticing an edit goes: each term list's size,
 * modification time and file key (inode), found the way {@link DictionaryDetector} finds them. Two
 * equal snapshots mean nothing was edited in between. The file key catches editors and config
 * management that write a new file and rename it over the old one within one clock tick.
 *
 * @param unreadable why the directory could not be listed (it vanished, permissions), else null: a
 *                   snapshot in its own right, so one outage is reported once, not on every poll
 */
record TermFiles(Map<Path, Stamp> files, String unreadable) {

  record Stamp(long size, FileTime modified, Object fileKey) {}

  static TermFiles scan(Path directory) {
    Map<Path, Stamp> files = new TreeMap<>();
    try {
      for (Path p : DictionaryDetector.termFiles(directory)) {
        try {
          BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
          files.put(p, new Stamp(a.size(), a.lastModifiedTime(), a.fileKey()));
        } catch (NoSuchFileException gone) {
          // Deleted between listing and reading: the next poll sees the directory without it.
        }
      }
      return new TermFiles(Map.copyOf(files), null);
    } catch (IOException | UncheckedIOException e) {
      return new TermFiles(Map.of(), e.toString());
    }
  }
}
