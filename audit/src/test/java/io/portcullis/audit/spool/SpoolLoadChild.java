package io.portcullis.audit.spool;

import io.portcullis.audit.AuditLog;
import io.portcullis.audit.AuditLogConfig;
import io.portcullis.audit.Drafts;
import io.portcullis.audit.crypto.SigningSuite;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A separate JVM that appends audit records as fast as it can and prints "ack SEQ HASH" for every
 * append whose future completed (i.e. that a proxy would have forwarded). {@link KillNineTest} kills it
 * with SIGKILL mid-load and checks that every acknowledged record survived.
 */
public final class SpoolLoadChild {
    public static void main(String[] args) throws Exception {
        Path spool = Path.of(args[0]);
        Path key = Path.of(args[1]);
        SigningSuite suite = SigningSuite.fromWire(args[2]);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, "UTF-8");
        AuditLog log = AuditLog.open(AuditLogConfig.defaults(spool, "filter-1", key, suite), null);
        Semaphore inFlight = new Semaphore(256);
        AtomicInteger i = new AtomicInteger();
        out.println("ready");
        out.flush();
        while (true) {
            inFlight.acquire();
            log.append(Drafts.draft(i.getAndIncrement())).whenComplete((r, err) -> {
                inFlight.release();
                if (r != null) {
                    synchronized (out) {
                        out.println("ack " + r.seq() + " " + r.hash());
                        out.flush();
                    }
                }
            });
        }
    }
}
