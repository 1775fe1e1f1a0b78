package org.shouhu.ops.ledger.imports;

import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An uploaded ledger file copied to a temporary file of its own (both passes read it, and a
 * job outlives the request), with its SHA-256: the checksum every imported event carries.
 */
public record LedgerUpload(Path path, String fileName, String sha256) implements AutoCloseable {

    /** File names are kept as given but for path separators and control characters. */
    private static final int MAX_NAME = 255;

    public static LedgerUpload of(MultipartFile file) {
        try {
            Path path = Files.createTempFile("shouhu-ledger-", ".upload");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(file.getInputStream(), sha256);
                 OutputStream out = Files.newOutputStream(path)) {
                in.transferTo(out);
            }
            return new LedgerUpload(path, name(file.getOriginalFilename()), HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be stored", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String name(String given) {
        String name = given == null || given.isBlank() ? "ledger" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "");
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("a temporary upload could not be removed", e);
        }
    }
}
