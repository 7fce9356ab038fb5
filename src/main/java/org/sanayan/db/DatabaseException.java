package org.sanayan.db;

/** A database failure, unchecked so that SQLException never leaves {@code db/} or a repository. */
public final class DatabaseException extends RuntimeException {
    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
