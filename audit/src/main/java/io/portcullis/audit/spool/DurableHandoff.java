package io.portcullis.audit.spool;

import io.portcullis.audit.chain.HashChain;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Records the writer has just made durable, handed to the shipper in memory together with their spool
 * lines. Why: reading them back from the segment files meant parsing every line again (times, findings)
 * and re-serialising it for the store — on a loaded two-core machine that work competed with the
 * request path for CPU. The spool stays the source of truth: when the shipper needs a record memory
 * does not hold (after a restart, or because this buffer was full while the store was down), it reads
 * the segments as before, and whatever memory holds below its cursor is dropped.
 *
 * <p>One producer (the writer thread), one consumer (the shipper thread); bounded by the characters of
 * the lines it holds (records grow with the findings they carry, up to 64 KiB each).
 */
final class DurableHandoff {
    private final ConcurrentLinkedQueue<HashChain.Sealed> queue = new ConcurrentLinkedQueue<>();
    private final AtomicLong chars = new AtomicLong();
    private final long capacityChars;

    DurableHandoff(long capacityChars) {
        this.capacityChars = capacityChars;
    }

    /** Called by the writer once {@code batch} is durable; a batch that does not fit is left to the spool. */
    void offer(List<HashChain.Sealed> batch) {
        long added = 0;
        for (HashChain.Sealed r : batch) {
            added += r.line().length();
        }
        if (chars.get() + added > capacityChars) {
            return;
        }
        queue.addAll(batch);
        chars.addAndGet(added);
    }

    /**
     * Up to {@code max} records starting exactly at {@code nextSeq}, in seq order; empty when memory
     * does not hold {@code nextSeq} (then the caller reads the spool).
     */
    List<HashChain.Sealed> take(long nextSeq, int max) {
        HashChain.Sealed head;
        while ((head = queue.peek()) != null && head.record().seq() < nextSeq) {
            chars.addAndGet(-queue.poll().line().length()); // already shipped from the spool
        }
        List<HashChain.Sealed> out = new ArrayList<>();
        while (out.size() < max && (head = queue.peek()) != null && head.record().seq() == nextSeq + out.size()) {
            HashChain.Sealed r = queue.poll();
            chars.addAndGet(-r.line().length());
            out.add(r);
        }
        return out;
    }
}
