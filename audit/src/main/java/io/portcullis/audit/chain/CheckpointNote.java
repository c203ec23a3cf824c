package io.portcullis.audit.chain;

import io.portcullis.audit.crypto.AuditPublicKey;
import io.portcullis.audit.crypto.HashAlgorithm;
import io.portcullis.audit.crypto.KeyRing;
import io.portcullis.audit.crypto.SigningKey;
import io.portcullis.audit.json.RecordCodec;
import io.portcullis.audit.model.SignedCheckpoint;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Checkpoints in the C2SP tlog-checkpoint format, signed as C2SP signed notes:
 * <pre>
 * portcullis/audit/&lt;instance&gt;      origin
 * &lt;tree size&gt;                      decimal
 * &lt;base64 Merkle root&gt;
 * head &lt;hex hash of record seq == tree size&gt;   extension line: the chain head
 * time &lt;ISO-8601 UTC&gt;                         extension line
 *
 * — portcullis-audit/&lt;key id&gt; base64(4-byte note key hash || signature)
 * </pre>
 * The signature covers the note text (every line up to and including the newline before the blank line).
 * Key name and note key hash follow the signed-note recommendation: SHA-256(name || 0x0A || type || key)[:4].
 */
public final class CheckpointNote {
    public static final String ORIGIN_PREFIX = "portcullis/audit/";
    public static final String KEY_NAME_PREFIX = "portcullis-audit/";
    private static final String DASH = "\u2014 ";

    /** A parsed note; {@code text} is the signed part. */
    public record Parsed(String text, String origin, long treeSize, byte[] root, String head, Instant time,
            List<SignatureLine> signatures) {
        public String instance() {
            return origin.substring(ORIGIN_PREFIX.length());
        }
    }

    public record SignatureLine(String keyName, byte[] keyHash, byte[] signature) {
    }

    private CheckpointNote() {
    }

    public static SignedCheckpoint sign(String instance, long treeSize, byte[] root, String headHash, Instant time,
            SigningKey key) {
        String text = ORIGIN_PREFIX + instance + "\n" + treeSize + "\n" + Base64.getEncoder().encodeToString(root)
                + "\n" + "head " + headHash + "\n" + "time " + RecordCodec.TIME.format(time) + "\n";
        byte[] sig = key.sign(text.getBytes(StandardCharsets.UTF_8));
        AuditPublicKey pub = key.publicKey();
        String name = KEY_NAME_PREFIX + pub.keyId();
        byte[] blob = ByteBuffer.allocate(4 + sig.length).put(noteKeyHash(name, pub)).put(sig).array();
        String note = text + "\n" + DASH + name + " " + Base64.getEncoder().encodeToString(blob) + "\n";
        return new SignedCheckpoint(instance, treeSize, HexFormat.of().formatHex(root), headHash, time, pub.keyId(),
                note);
    }

    public static byte[] noteKeyHash(String keyName, AuditPublicKey key) {
        byte[] h = HashAlgorithm.SHA256.digest((keyName + "\n").getBytes(StandardCharsets.UTF_8),
                key.noteSignatureType(), key.noteKeyBytes());
        return Arrays.copyOf(h, 4);
    }

    public static Parsed parse(String note) {
        int split = note.lastIndexOf("\n\n");
        if (split < 0 || !note.endsWith("\n")) {
            throw new IllegalArgumentException("not a signed note: no blank line before the signatures");
        }
        String text = note.substring(0, split + 1);
        String[] lines = text.split("\n");
        if (lines.length < 3) {
            throw new IllegalArgumentException("a checkpoint has at least origin, size and root");
        }
        String head = null;
        Instant time = null;
        for (int i = 3; i < lines.length; i++) {
            if (lines[i].startsWith("head ")) {
                head = lines[i].substring(5);
            } else if (lines[i].startsWith("time ")) {
                time = Instant.parse(lines[i].substring(5));
            }
        }
        List<SignatureLine> sigs = new ArrayList<>();
        for (String line : note.substring(split + 2).split("\n")) {
            if (!line.startsWith(DASH)) {
                throw new IllegalArgumentException("malformed signature line");
            }
            String[] parts = line.substring(DASH.length()).split(" ");
            if (parts.length != 2) {
                throw new IllegalArgumentException("malformed signature line");
            }
            byte[] blob = Base64.getDecoder().decode(parts[1]);
            if (blob.length < 5) {
                throw new IllegalArgumentException("signature too short");
            }
            sigs.add(new SignatureLine(parts[0], Arrays.copyOf(blob, 4), Arrays.copyOfRange(blob, 4, blob.length)));
        }
        return new Parsed(text, lines[0], Long.parseLong(lines[1]), Base64.getDecoder().decode(lines[2]), head, time,
                sigs);
    }

    /**
     * Empty when a signature from a known key verifies and none from a known key fails; otherwise why not.
     * Signatures by keys the ring does not know are ignored, as the signed-note spec requires.
     */
    public static Optional<String> verify(Parsed note, KeyRing keys) {
        boolean verified = false;
        for (SignatureLine s : note.signatures()) {
            if (!s.keyName().startsWith(KEY_NAME_PREFIX)) {
                continue;
            }
            Optional<AuditPublicKey> key = keys.find(s.keyName().substring(KEY_NAME_PREFIX.length()));
            if (key.isEmpty() || !Arrays.equals(noteKeyHash(s.keyName(), key.get()), s.keyHash())) {
                continue;
            }
            if (!key.get().verify(note.text().getBytes(StandardCharsets.UTF_8), s.signature())) {
                return Optional.of("bad signature by key " + key.get().keyId());
            }
            verified = true;
        }
        return verified ? Optional.empty() : Optional.of("unknown key: no signature by a known key");
    }
}
