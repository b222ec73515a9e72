package org.causo.shared.db;

import java.nio.file.Path;

/**
 * How this node runs: on the embedded PostgreSQL (the default, with demo data) or on an
 * external server configured with {@code SPRING_DATASOURCE_*}.
 *
 * @param embedded whether the embedded PostgreSQL is in use
 * @param dataDir the folder for local data (embedded database, demo.json)
 */
public record Deployment(boolean embedded, Path dataDir) {

}
