package io.portcullis.audit.verify;

import io.portcullis.audit.chain.RecordSealer;
import io.portcullis.audit.crypto.AuditPublicKey;
import io.portcullis.audit.crypto.KeyRing;
import io.portcullis.audit.json.RecordCodec;
import io.portcullis.audit.json.StoredRecordLine;
import io.portcullis.audit.model.AuditRecord;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One stored record as the chain walk sees it: the members it links by, its recomputed hash (null when its
 * key is not in the ring) and whether that equals the hash it names.
 *
 * <p>The stored line is first hashed as it is, minus its hash and signature members
 * ({@link StoredRecordLine}): when the store kept the writer's canonical line this settles the record in a
 * few µs. Otherwise — a store that re-serialises, or a line edited in any way — the reference reading
 * (parse the record, re-canonicalise, hash) decides, exactly as before the shortcut existed.
 */
record CheckedRecord(String id, String instance, long seq, String time, String prevHash, String hash, String keyId,
        String signature, byte[] computedHash, boolean matches) {

    static CheckedRecord check(String json, KeyRing keys) {
        StoredRecordLine line = StoredRecordLine.read(json);
        if (line != null) {
            Optional<AuditPublicKey> key = keys.find(line.keyId());
            if (key.isPresent()) {
                byte[] h = key.get().suite().hash().digest(line.hashedBytes());
                if (HexFormat.of().formatHex(h).equals(line.hash())) {
                    return new CheckedRecord(line.id(), line.instance(), line.seq(), line.time(), line.prevHash(),
                            line.hash(), line.keyId(), line.signature(), h, true);
                }
            }
        }
        AuditRecord r = RecordCodec.fromJson(json);
        byte[] h = keys.find(r.keyId()).map(k -> RecordSealer.hashBytes(k.suite().hash(), r)).orElse(null);
        return new CheckedRecord(r.id(), r.instance(), r.seq(), RecordCodec.TIME.format(r.time()), r.prevHash(),
                r.hash(), r.keyId(), r.signature(), h, h != null && HexFormat.of().formatHex(h).equals(r.hash()));
    }

    Instant instant() {
        return Instant.parse(time);
    }
}
