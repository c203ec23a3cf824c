package io.portcullis.audit.verify;

/** Why verification stopped at a record. */
public enum FailureReason {
    /** The record's content no longer hashes to its hash, or a checkpoint's Merkle root no longer matches. */
    MODIFIED,
    /** A seq is absent from the chain (deleted), or a checkpoint covers more records than the store holds. */
    MISSING,
    /** Records are intact but not in chain order (seq order broken, or prev_hash names another record). */
    REORDERED,
    /** A record or checkpoint signature does not verify (or a record that must be signed is not). */
    BAD_SIGNATURE,
    /** A record or checkpoint names a key the key ring does not hold. */
    UNKNOWN_KEY
}
