package org.shouhu.ops.axon.loading;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code shouhu.commands.*}: how commands load the stream they write to.
 *
 * @param cachedStreams how many children's case states are kept in memory between commands
 *                      (0: every command replays the child's stream from the store)
 */
@ConfigurationProperties("shouhu.commands")
public record CommandsProperties(int cachedStreams) {

    public CommandsProperties {
        if (cachedStreams < 0) {
            throw new IllegalArgumentException("shouhu.commands.cached-streams must not be negative");
        }
    }
}
