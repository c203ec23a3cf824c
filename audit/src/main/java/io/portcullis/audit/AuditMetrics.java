package io.portcullis.audit;

/**
 * A snapshot of the audit log's health for metrics and logs.
 *
 * @param queueDepth        drafts waiting for the writer
 * @param spoolBytes        bytes of segment files still on disk (bounded by max-spool-bytes)
 * @param durableSeq        last seq made durable
 * @param checkpointedSize  tree size of the last signed checkpoint
 * @param shippedSeq        last seq the store acknowledged (0 without a store)
 * @param rejectedAppends   appends refused (queue/spool full, disk failing, closed): each a 503
 * @param shipFailures      failed shipping attempts
 * @param shipError         the store error while shipping fails, else null
 */
public record AuditMetrics(int queueDepth, long spoolBytes, long durableSeq, long checkpointedSize, long shippedSeq,
        long rejectedAppends, long shipFailures, String shipError) {
}
