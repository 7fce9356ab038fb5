package org.sanayan.db;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files only the server's own user may read: the database (password hashes, progress) and the outbox (live reset
 * links). Another account on the same machine must not be able to read them. On file systems without POSIX
 * permissions (Windows) the system's defaults apply.
 */
public final class PrivateFiles {

    private static final boolean POSIX = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews()
            .contains("posix");

    private PrivateFiles() {
    }

    /** Creates {@code dir} and missing parents; a folder created here is {@code rwx------}. */
    public static void directory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.createDirectory(dir, attributes("rwx------"));
        } catch (FileAlreadyExistsException e) {
            // created meanwhile: fine
        }
    }

    /** Creates an empty {@code rw-------} file, or narrows an existing one to that. */
    public static void file(Path file) throws IOException {
        try {
            Files.createFile(file, attributes("rw-------"));
        } catch (FileAlreadyExistsException e) {
            if (POSIX && Files.isRegularFile(file)) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        }
    }

    private static FileAttribute<?>[] attributes(String permissions) {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                Set.copyOf(PosixFilePermissions.fromString(permissions)))} : new FileAttribute<?>[0];
    }
}
