package io.portcullis.audit.export;

import io.portcullis.audit.chain.MerkleTree;
import io.portcullis.audit.crypto.AuditPublicKey;
import io.portcullis.audit.crypto.KeyRing;
import io.portcullis.audit.json.RecordCodec;
import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.model.SignedCheckpoint;
import io.portcullis.audit.store.AuditStore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes an evidence bundle an outsider checks with openssl and shell tools only
 * ({@code deploy/audit/verify-bundle.sh}):
 * <pre>
 * bundle.txt        instance, hash algorithm, tree size, first/last seq
 * records.jsonl     the selected records, one canonical JSON (RFC 8785) per line, in seq order
 * checkpoint.note   the signed C2SP checkpoint covering them (the first whose tree holds the last record)
 * proofs.txt        per record: seq, leaf index, tree size, comma-separated hex audit path to that root
 * keys/KEYID.pem    every public key the records and checkpoint name
 * README.md         what each file is and how to check it by hand
 * </pre>
 * The records are those of {@code instance} whose time is in [from, to) (null = open), at most {@code maxRecords}.
 */
public final class EvidenceExporter {
    private static final int PAGE = 5_000;

    public record Summary(Path dir, String instance, long firstSeq, long lastSeq, int records, long treeSize) {
    }

    private EvidenceExporter() {
    }

    private static void copyResource(String name, Path to) throws IOException {
        try (InputStream in = EvidenceExporter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("the audit jar lacks " + name);
            }
            Files.write(to, in.readAllBytes());
        }
    }

    public static Summary export(AuditStore store, KeyRing keys, String instance, Instant from, Instant to,
            int maxRecords, Path out) throws IOException {
        List<AuditRecord> selected = new ArrayList<>();
        List<byte[]> hashes = new ArrayList<>();
        long seq = 1;
        while (true) {
            List<AuditRecord> page = store.scan(instance, seq, PAGE);
            if (page.isEmpty()) {
                break;
            }
            for (AuditRecord r : page) {
                if (r.seq() != hashes.size() + 1) {
                    throw new IOException("the stored chain is broken at seq " + (hashes.size() + 1)
                            + "; run audit verify before exporting");
                }
                hashes.add(HexFormat.of().parseHex(r.hash()));
                boolean inTime = (from == null || !r.time().isBefore(from)) && (to == null || r.time().isBefore(to));
                if (inTime && selected.size() < maxRecords) {
                    selected.add(r);
                }
            }
            seq = page.getLast().seq() + 1;
        }
        if (selected.isEmpty()) {
            throw new IOException("no records of " + instance + " in the requested range");
        }
        long lastSeq = selected.getLast().seq();
        List<SignedCheckpoint> covering = store.checkpoints(instance, lastSeq, 1);
        if (covering.isEmpty() || covering.getFirst().treeSize() > hashes.size()) {
            throw new IOException("no signed checkpoint covers seq " + lastSeq + " yet; retry in a second");
        }
        SignedCheckpoint cp = covering.getFirst();
        AuditPublicKey cpKey = keys.find(cp.keyId())
                .orElseThrow(() -> new IOException("unknown checkpoint key " + cp.keyId()));
        MerkleTree tree = new MerkleTree(cpKey.suite().hash(), hashes.subList(0, (int) cp.treeSize()));

        Files.createDirectories(out.resolve("keys"));
        Set<String> keyIds = new LinkedHashSet<>();
        keyIds.add(cp.keyId());
        try (BufferedWriter records = Files.newBufferedWriter(out.resolve("records.jsonl"), StandardCharsets.UTF_8);
                BufferedWriter proofs = Files.newBufferedWriter(out.resolve("proofs.txt"), StandardCharsets.UTF_8)) {
            for (AuditRecord r : selected) {
                records.write(RecordCodec.toCanonicalJson(r));
                records.write('\n');
                List<String> path = tree.inclusionProof((int) r.seq() - 1).stream().map(HexFormat.of()::formatHex)
                        .toList();
                proofs.write(r.seq() + " " + (r.seq() - 1) + " " + cp.treeSize() + " "
                        + (path.isEmpty() ? "-" : String.join(",", path)) + "\n");
                keyIds.add(r.keyId());
            }
        }
        for (String id : keyIds) {
            AuditPublicKey k = keys.find(id).orElseThrow(() -> new IOException("unknown key " + id));
            Files.writeString(out.resolve("keys/" + id + ".pem"), k.pem(), StandardCharsets.US_ASCII);
        }
        Files.writeString(out.resolve("checkpoint.note"), cp.note(), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("bundle.txt"), "instance " + instance + "\n" + "hash "
                + cpKey.suite().hash().wire() + "\n" + "signature " + cpKey.suite().wire() + "\n" + "tree_size "
                + cp.treeSize() + "\n" + "first_seq " + selected.getFirst().seq() + "\n" + "last_seq " + lastSeq
                + "\n" + "records " + selected.size() + "\n", StandardCharsets.US_ASCII);
        copyResource("bundle-README.md", out.resolve("README.md"));
        copyResource("verify-bundle.sh", out.resolve("verify-bundle.sh"));
        return new Summary(out, instance, selected.getFirst().seq(), lastSeq, selected.size(), cp.treeSize());
    }
}
