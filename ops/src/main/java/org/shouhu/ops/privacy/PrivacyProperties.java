package org.shouhu.ops.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the master key comes from and how long unwrapped data keys stay in memory.
 *
 * @param masterKey         the master key itself, base64 of 32 random bytes (best given by environment:
 *                          {@code SHOUHU_PRIVACY_MASTER_KEY}); takes precedence over the file
 * @param masterKeyFile     a file holding the base64 master key, readable only by the application's user
 * @param generateMissingKey create the key file with a fresh key when neither is there (demo mode does)
 * @param keyCacheSize      how many children's unwrapped data keys are kept in memory
 * @param keyCacheTtl       how long one is kept: also how long another node may still read a child
 *                          erased on this one
 */
@ConfigurationProperties(prefix = "shouhu.privacy")
public record PrivacyProperties(String masterKey,
                                @DefaultValue("./keys/master.key") Path masterKeyFile,
                                @DefaultValue("false") boolean generateMissingKey,
                                @DefaultValue("10000") int keyCacheSize,
                                @DefaultValue("1m") Duration keyCacheTtl) {
}
