package io.portcullis.core.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What counts as an edit, and when a burst of edits has settled enough to reload. */
class DictionaryWatchTest {
  @TempDir
  Path dir;

  @Test
  void aChangeIsReloadedOnceItHoldsStillForOnePoll() throws Exception {
    Files.writeString(dir.resolve("a.terms"), "one");
    DictionaryWatch watch = new DictionaryWatch(null, dir, 100, TermFiles.scan(dir));
    assertFalse(watch.settledChange(TermFiles.scan(dir)), "nothing edited");

    Files.writeString(dir.resolve("b.terms"), "two");
    assertFalse(watch.settledChange(TermFiles.scan(dir)), "just edited: maybe more is coming");
    Files.writeString(dir.resolve("c.terms"), "three");
    assertFalse(watch.settledChange(TermFiles.scan(dir)), "still being edited");
    assertTrue(watch.settledChange(TermFiles.scan(dir)), "settled: one reload for the burst");
    assertFalse(watch.settledChange(TermFiles.scan(dir)), "and only one");
  }

  @Test
  void anEditRevertedBeforeItSettledIsNoChange() throws Exception {
    Path a = dir.resolve("a.terms");
    Files.writeString(a, "one");
    FileTime before = Files.getLastModifiedTime(a);
    DictionaryWatch watch = new DictionaryWatch(null, dir, 100, TermFiles.scan(dir));
    Files.writeString(dir.resolve("b.terms"), "two");
    assertFalse(watch.settledChange(TermFiles.scan(dir)));
    Files.delete(dir.resolve("b.terms"));
    Files.setLastModifiedTime(a, before);
    assertFalse(watch.settledChange(TermFiles.scan(dir)));
    assertFalse(watch.settledChange(TermFiles.scan(dir)));
  }

  @Test
  void snapshotsSeeListsInSubdirectoriesRenamesAndNothingElse() throws Exception {
    Files.createDirectories(dir.resolve("zh"));
    Files.writeString(dir.resolve("zh/a.terms"), "one");
    Files.writeString(dir.resolve("README.md"), "not a list");
    TermFiles first = TermFiles.scan(dir);
    assertEquals(1, first.files().size(), first.toString());

    Files.writeString(dir.resolve("README.md"), "edited, still not a list");
    assertEquals(first, TermFiles.scan(dir));

    // Same size, same modification time, written elsewhere and renamed over: still an edit.
    FileTime t = Files.getLastModifiedTime(dir.resolve("zh/a.terms"));
    Files.writeString(dir.resolve("tmp"), "uno");
    Files.setLastModifiedTime(dir.resolve("tmp"), t);
    Files.move(dir.resolve("tmp"), dir.resolve("zh/a.terms"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    assertNotEquals(first, TermFiles.scan(dir));
  }

  @Test
  void aVanishedDirectoryIsOneStateReportedOnce() throws Exception {
    Path gone = dir.resolve("gone");
    TermFiles missing = TermFiles.scan(gone);
    assertNotNull(missing.unreadable());
    assertEquals(missing, TermFiles.scan(gone), "the same outage, not a new change on every poll");
  }
}
