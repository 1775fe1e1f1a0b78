package org.shouhu.ops.privacy;

import org.shouhu.command.child.ResidentIdDigest;
import org.shouhu.events.common.ResidentId;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/** HMAC-SHA256 of the resident ID under a key derived from the master key for this one purpose. */
class KeyedResidentIdDigest implements ResidentIdDigest {

    private static final String PURPOSE = "shouhu/resident-id-claim/v1";
    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;

    KeyedResidentIdDigest(MasterKey masterKey) {
        this.key = new SecretKeySpec(masterKey.derive(PURPOSE), HMAC);
    }

    @Override
    public String of(ResidentId residentId) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(residentId.value().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
