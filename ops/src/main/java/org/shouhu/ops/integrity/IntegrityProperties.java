package org.shouhu.ops.integrity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * @param signingKeyFile     the Ed25519 private key that signs checkpoints (PKCS#8, base64); its public
 *                           key is written beside it as {@code <file>.pub} (X.509, base64)
 * @param generateMissingKey create the key pair when the file is missing (demo mode does)
 * @param checkpointInterval how often a checkpoint is appended when events were added; 0 for on demand only
 * @param fetchSize          rows per round trip when the verifier streams the store
 * @param verifyInterval     how often this node verifies the whole record (the result is in the
 *                           metrics); 0 for only when asked
 */
@ConfigurationProperties(prefix = "shouhu.integrity")
public record IntegrityProperties(@DefaultValue("./keys/checkpoint-signing.key") Path signingKeyFile,
                                  @DefaultValue("false") boolean generateMissingKey,
                                  @DefaultValue("1h") Duration checkpointInterval,
                                  @DefaultValue("1000") int fetchSize,
                                  @DefaultValue("1d") Duration verifyInterval) {
}
