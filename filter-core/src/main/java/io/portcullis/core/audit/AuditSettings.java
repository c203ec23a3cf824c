package io.portcullis.core.audit;

import io.portcullis.audit.crypto.SigningSuite;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The validated {@code audit:} section. Relative paths are resolved against the configuration
 * file's directory, so a configuration means the same thing from any working directory.
 *
 * @param recordSignatures every record signed on its own besides the signed checkpoints that cover all
 *                         records (off by default: see audit/README.md for the trade-off)
 * @param storeDir       the embedded Lucene store, used when no Elasticsearch is configured
 * @param elasticsearch  the cluster the shipper writes to; empty means the embedded store
 */
public record AuditSettings(Path spoolDir, String instance, SigningSuite suite, Path keyFile, boolean recordSignatures, Path hmacKeyFile,
                            Path storeDir, Optional<URI> elasticsearch) {}
