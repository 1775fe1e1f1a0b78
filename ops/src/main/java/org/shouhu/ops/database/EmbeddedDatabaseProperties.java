package org.shouhu.ops.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * The PostgreSQL that Shouhu starts itself when no {@code spring.datasource.url} is given.
 *
 * @param dataDir     where the cluster lives; kept across restarts, so records survive
 * @param port        TCP port on localhost; 0 picks a free one at every start
 * @param database    the database the application uses inside the cluster
 * @param binariesDir where the PostgreSQL binaries are unpacked (shared by every instance on the machine)
 * @param ephemeral   delete the data directory when the application stops (tests only)
 */
@ConfigurationProperties(prefix = "shouhu.embedded-db")
public record EmbeddedDatabaseProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("0") int port,
        @DefaultValue("shouhu") String database,
        Path binariesDir,
        @DefaultValue("false") boolean ephemeral) {

    public EmbeddedDatabaseProperties {
        if (binariesDir == null) {
            binariesDir = Path.of(System.getProperty("java.io.tmpdir"), "shouhu-embedded-pg");
        }
    }
}
