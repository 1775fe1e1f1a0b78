package org.shouhu.ops.integrity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The Ed25519 key pair that signs checkpoints. The private key is read from its file (created
 * only in demo mode); the public key is what anyone verifies a checkpoint with, long after,
 * without trusting the application: print it with the first checkpoint.
 */
public final class SigningKey {

    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);
    private static final String ALGORITHM = "Ed25519";
    private static final int ID_BYTES = 8;

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String id;

    private SigningKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.id = HexFormat.of().formatHex(EventHash.sha256().digest(publicKey.getEncoded()), 0, ID_BYTES);
    }

    public static SigningKey load(IntegrityProperties properties) {
        Path file = properties.signingKeyFile().toAbsolutePath();
        Path publicFile = file.resolveSibling(file.getFileName() + ".pub");
        try {
            if (Files.exists(file)) {
                KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
                PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(read(file)));
                PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(read(publicFile)));
                return new SigningKey(privateKey, publicKey);
            }
            if (!properties.generateMissingKey()) {
                throw new IllegalStateException("No checkpoint signing key: put an Ed25519 key pair in " + file
                        + " and " + publicFile + " (shouhu.integrity.signing-key-file). See docs/integrity.md.");
            }
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            Files.createDirectories(file.getParent());
            Files.writeString(publicFile, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n");
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n");
            SigningKey key = new SigningKey(pair.getPrivate(), pair.getPublic());
            log.warn("Generated a new checkpoint signing key in {} (public key {}, id {})", file, publicFile, key.id());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("the checkpoint signing key cannot be read or written: " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the checkpoint signing key in " + file + " is not an Ed25519 key pair", e);
        }
    }

    private static byte[] read(Path file) throws IOException {
        return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
    }

    public String id() {
        return id;
    }

    /** X.509 SubjectPublicKeyInfo, base64. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    String sign(String statement) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(statement.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    boolean verifies(String statement, String signatureBase64) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(publicKey);
            signature.update(statement.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
