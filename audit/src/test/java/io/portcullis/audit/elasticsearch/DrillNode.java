package io.portcullis.audit.elasticsearch;

/**
 * A private Elasticsearch node for drills, started and stopped through deploy/lib/elasticsearch.sh with
 * its own port and state directory, so the shared node on 9200 is never touched.
 */
final class DrillNode {
    private final String root;
    private final int port;
    private final String name;
    private final String settings;

    /** {@code settings}: extra node settings, "key=value key=value" (may be empty). */
    DrillNode(int port, String name, String settings) {
        this.root = System.getenv("PORTCULLIS_ROOT");
        if (root == null) {
            throw new IllegalStateException("set PORTCULLIS_ROOT to the repository root");
        }
        this.port = port;
        this.name = name;
        this.settings = settings;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    void start() throws Exception {
        run("portcullis_es_start " + port);
    }

    void stop() throws Exception {
        run("portcullis_es_stop");
    }

    private void run(String call) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c",
                "set -e; . \"$PORTCULLIS_ROOT/deploy/lib/elasticsearch.sh\"; " + call);
        pb.environment().put("PORTCULLIS_ROOT", root);
        pb.environment().put("PORTCULLIS_ES_STATE_DIR", root + "/deploy/.state/" + name);
        pb.environment().put("PORTCULLIS_ES_SETTINGS", settings);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.inheritIO();
        int rc = pb.start().waitFor();
        if (rc != 0) {
            throw new IllegalStateException(call + " failed with " + rc);
        }
    }
}
