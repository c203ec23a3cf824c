package io.portcullis.audit.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portcullis.audit.Trail;
import io.portcullis.audit.crypto.SigningSuite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exports real bundles and runs the outsider's script (real openssl) on them, intact and tampered. */
class ExportBundleTest {
    private static final Path SCRIPT = Path.of("..", "deploy", "audit", "verify-bundle.sh").toAbsolutePath();

    @TempDir
    Path dir;

    record Run(int exit, String output) {
    }

    private static Run verifyBundle(Path bundle, Path trustedKeys) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("bash", SCRIPT.toString(), bundle.toString()));
        if (trustedKeys != null) {
            cmd.add(trustedKeys.toString());
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "script finished");
        return new Run(p.exitValue(), out);
    }

    @ParameterizedTest
    @CsvSource({"ED25519,false", "ED25519,true", "SM2,false", "SM2,true"})
    void freshBundleVerifiesWithOpensslAndEveryTamperingFails(SigningSuite suite, boolean recordSignatures)
            throws Exception {
        try (Trail t = new Trail(dir, suite, 25, recordSignatures)) {
            t.write(0, 60);
            t.closeLog();
            Path bundle = dir.resolve("bundle");
            // a middle slice by time: records 11..30 (record i was drafted at +10*i ms)
            EvidenceExporter.Summary s = EvidenceExporter.export(t.store, t.keys, "filter-1",
                    Instant.parse("2026-03-01T00:00:00.100Z"), Instant.parse("2026-03-01T00:00:00.300Z"), 1000, bundle);
            assertEquals(11, s.firstSeq());
            assertEquals(30, s.lastSeq());
            assertTrue(Files.exists(bundle.resolve("verify-bundle.sh")));
            Path trusted = t.config.keyFile().getParent().resolve("audit-public-keys");

            Run ok = verifyBundle(bundle, trusted);
            assertEquals(0, ok.exit(), ok.output());
            assertTrue(ok.output().contains("INTACT: 20 records"), ok.output());

            List<String> lines = Files.readAllLines(bundle.resolve("records.jsonl"));

            Path edited = copy(bundle, "edited");
            List<String> e = new ArrayList<>(lines);
            e.set(5, e.get(5).replace("\"tenant\":\"", "\"tenant\":\"x"));
            Files.write(edited.resolve("records.jsonl"), e);
            assertRejected(verifyBundle(edited, null), "MODIFIED");

            Path deleted = copy(bundle, "deleted");
            List<String> d = new ArrayList<>(lines);
            d.remove(7);
            Files.write(deleted.resolve("records.jsonl"), d);
            assertRejected(verifyBundle(deleted, null), "MISSING");

            Path swapped = copy(bundle, "swapped");
            List<String> w = new ArrayList<>(lines);
            Collections.swap(w, 3, 4);
            Files.write(swapped.resolve("records.jsonl"), w);
            assertRejected(verifyBundle(swapped, null), "REORDERED");

            Path forgedCheckpoint = copy(bundle, "forged-checkpoint");
            String note = Files.readString(bundle.resolve("checkpoint.note"));
            Files.writeString(forgedCheckpoint.resolve("checkpoint.note"), note.replaceFirst("\n" + s.treeSize() + "\n",
                    "\n" + (s.treeSize() - 1) + "\n"));
            assertRejected(verifyBundle(forgedCheckpoint, null), "checkpoint BAD SIGNATURE");

            if (recordSignatures) {
                Path resigned = copy(bundle, "signature-replaced");
                List<String> r = new ArrayList<>(lines);
                String otherSig = r.get(2).replaceAll(".*\"signature\":\"([^\"]+)\".*", "$1");
                r.set(1, r.get(1).replaceAll("\"signature\":\"[^\"]+\"", "\"signature\":\"" + otherSig + "\""));
                Files.write(resigned.resolve("records.jsonl"), r);
                assertRejected(verifyBundle(resigned, null), "BAD SIGNATURE");
            }
            Path untrusted = dir.resolve("strangers");
            Files.createDirectories(untrusted);
            assertRejected(verifyBundle(bundle, untrusted), "not a trusted key");
        }
    }

    private static void assertRejected(Run run, String why) {
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains(why), "expected '" + why + "' in: " + run.output());
    }

    private Path copy(Path bundle, String name) throws IOException {
        Path to = dir.resolve(name);
        try (Stream<Path> all = Files.walk(bundle)) {
            for (Path p : all.toList()) {
                Files.copy(p, to.resolve(bundle.relativize(p).toString()));
            }
        }
        return to;
    }
}
