package org.shouhu.ops.privacy;

import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The one key the application is given: it wraps every child's data key (so the database
 * alone decrypts nothing) and derives the key of the resident-ID digest. Its id, a short
 * hash, is stored with each wrapped key so that starting with a different master key is
 * refused at once instead of failing at the first read.
 */
public final class MasterKey {

    static final int BYTES = 32;
    private static final int ID_BYTES = 8;

    private final SecretKey key;
    private final String id;

    MasterKey(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("the master key must be " + BYTES + " bytes (base64 of 32 random bytes)");
        }
        this.key = new SecretKeySpec(bytes, AesGcm.ALGORITHM);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            this.id = HexFormat.of().formatHex(digest, 0, ID_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    public String id() {
        return id;
    }

    byte[] wrap(SecretKey dataKey, UUID owner) {
        return AesGcm.seal(key, dataKey.getEncoded(), owner.toString().getBytes(StandardCharsets.UTF_8));
    }

    SecretKey unwrap(byte[] wrapped, UUID owner) {
        try {
            return new SecretKeySpec(AesGcm.open(key, wrapped, owner.toString().getBytes(StandardCharsets.UTF_8)),
                    AesGcm.ALGORITHM);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a data key does not open with this master key: altered or wrong master key", e);
        }
    }

    /** A key for one purpose, derived so that it reveals nothing of the master key (HMAC-SHA256 as a PRF). */
    byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    static SecretKey newDataKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance(AesGcm.ALGORITHM);
            generator.init(BYTES * Byte.SIZE);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES key generation is not available", e);
        }
    }
}
