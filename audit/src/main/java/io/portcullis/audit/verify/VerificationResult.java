package io.portcullis.audit.verify;

/**
 * Outcome of verifying one instance's trail. When not intact, {@code failure} names the FIRST failing
 * record (by seq) and why. {@code uncoveredRecords} counts records after the last checkpoint that carry no
 * signature of their own (per-record signatures are off by default): normal for up to one checkpoint
 * interval on a live instance.
 */
public record VerificationResult(String instance, boolean intact, long recordsChecked, long checkpointsChecked,
        long lastSeq, long uncoveredRecords, Failure failure) {

    public record Failure(long seq, String recordId, FailureReason reason, String detail) {
        @Override
        public String toString() {
            return "record " + (recordId != null ? recordId : "seq " + seq) + ": " + reason + " (" + detail + ")";
        }
    }

    public String summary() {
        if (intact) {
            return instance + ": intact, " + recordsChecked + " records, " + checkpointsChecked
                    + " checkpoints verified, last seq " + lastSeq
                    + (uncoveredRecords > 0 ? ", " + uncoveredRecords + " records awaiting their checkpoint" : "");
        }
        return instance + ": NOT intact — " + failure;
    }
}
