package io.portcullis.audit.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP forwarder between the store and the real Elasticsearch that a test can break: {@link #cut()} drops
 * every connection and refuses new ones until {@link #restore()}; {@link #loseResponses(int)} lets the next
 * n requests reach Elasticsearch but drops the connection as the answer comes back — the case where the
 * writes happened and the writer cannot know. It copies bytes and understands nothing of HTTP.
 */
final class FlakyLink implements AutoCloseable {
    private final ServerSocket server;
    private final int targetPort;
    private final AtomicBoolean cut = new AtomicBoolean();
    private final AtomicInteger responsesToLose = new AtomicInteger();
    private final AtomicInteger lost = new AtomicInteger();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    FlakyLink(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "flaky-link-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    void cut() {
        cut.set(true);
        open.forEach(FlakyLink::closeQuietly);
    }

    void restore() {
        cut.set(false);
    }

    void loseResponses(int n) {
        responsesToLose.set(n);
    }

    int lostResponses() {
        return lost.get();
    }

    @Override
    public void close() {
        closeQuietly(server);
        open.forEach(FlakyLink::closeQuietly);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (cut.get()) {
                    closeQuietly(client);
                    continue;
                }
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(client);
                open.add(upstream);
                pump(client, upstream, false);
                pump(upstream, client, true);
            } catch (IOException e) {
                // server closed, or the target refused: the client sees a dropped connection either way
            }
        }
    }

    private void pump(Socket from, Socket to, boolean isResponse) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    // The writer sends one request at a time and waits, so the next bytes coming back after
                    // loseResponses(n) are the start of the answer to the request just sent.
                    if (isResponse && responsesToLose.getAndUpdate(k -> Math.max(0, k - 1)) > 0) {
                        lost.incrementAndGet();
                        break;
                    }
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side went away; close both below
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "flaky-link-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
