package org.shouhu.ops.privacy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Finds the master key: in configuration, else in the key file, else (demo mode only) in a
 * key file it creates. Never in the repository, never a default: without one the
 * application does not start, and says what to configure.
 */
final class MasterKeySource {

    private static final Logger log = LoggerFactory.getLogger(MasterKeySource.class);

    private MasterKeySource() {
    }

    static MasterKey load(PrivacyProperties properties) {
        if (properties.masterKey() != null && !properties.masterKey().isBlank()) {
            return new MasterKey(decode(properties.masterKey().strip(), "shouhu.privacy.master-key"));
        }
        Path file = properties.masterKeyFile().toAbsolutePath();
        if (Files.exists(file)) {
            return new MasterKey(decode(read(file), file.toString()));
        }
        if (!properties.generateMissingKey()) {
            throw new IllegalStateException("No master key: set shouhu.privacy.master-key (base64 of 32 random bytes, "
                    + "e.g. from `openssl rand -base64 32`) or put one in " + file
                    + " (shouhu.privacy.master-key-file). See docs/operations.md, \"Keys\".");
        }
        return generate(file);
    }

    private static MasterKey generate(Path file) {
        byte[] bytes = new byte[MasterKey.BYTES];
        new SecureRandom().nextBytes(bytes);
        try {
            Files.createDirectories(file.getParent());
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, Base64.getEncoder().encodeToString(bytes) + "\n", StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException raced) {
            return new MasterKey(decode(read(file), file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("the master key file cannot be created: " + file, e);
        }
        log.warn("Generated a new master key in {}: personal data is encrypted under it. Keep a copy apart from "
                + "the database backups; without it nothing personal can be read again.", file);
        return new MasterKey(bytes);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("the master key file cannot be read: " + file, e);
        }
    }

    private static byte[] decode(String base64, String where) {
        try {
            byte[] bytes = Base64.getDecoder().decode(base64);
            if (bytes.length != MasterKey.BYTES) {
                throw new IllegalStateException("The master key in " + where + " is " + bytes.length
                        + " bytes; it must be 32 (base64 of 32 random bytes)");
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The master key in " + where + " is not base64", e);
        }
    }
}
