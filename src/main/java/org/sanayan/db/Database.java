package org.sanayan.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded SQLite database: WAL journal, synchronous=NORMAL, foreign keys on, a busy timeout; one writer
 * connection used with {@code BEGIN IMMEDIATE} for every write, and a few reader connections in parallel.
 * Migrations (Flyway, classpath {@code db/migration}, from the top-level {@code migrations/}) run at open.
 */
public final class Database implements AutoCloseable {

    /** Work done with a connection; may throw SQLException, which is wrapped in DatabaseException. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection c) throws SQLException;
    }

    private static final int READERS = 4;

    private final SQLiteDataSource dataSource;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
    private final List<Connection> all = new ArrayList<>();
    private final java.util.concurrent.atomic.AtomicLong reads = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong writes = new java.util.concurrent.atomic.AtomicLong();

    private Database(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        writer = dataSource.getConnection();
        all.add(writer);
        for (int i = 0; i < READERS; i++) {
            Connection r = dataSource.getConnection();
            try (Statement s = r.createStatement()) {
                s.execute("PRAGMA query_only = true");
            }
            all.add(r);
            readers.add(r);
        }
    }

    /** Opens (creating the folder and file if missing) and migrates the database at {@code file}. */
    public static Database open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                PrivateFiles.directory(parent);
            }
            // made private before SQLite opens it: SQLite gives its -wal and -shm files the database file's mode
            PrivateFiles.file(file);
            return new Database(file);
        } catch (SQLException | java.io.IOException e) {
            throw new DatabaseException("cannot open database " + file + ": " + e.getMessage(), e);
        }
    }

    /** Runs read-only work on one of the reader connections. */
    public <T> T read(Work<T> work) {
        reads.incrementAndGet();
        Connection c;
        try {
            c = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseException("interrupted while waiting for a reader", e);
        }
        try {
            return work.apply(c);
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), e);
        } finally {
            readers.add(c);
        }
    }

    /** Runs {@code work} in one write transaction ({@code BEGIN IMMEDIATE}); commits, or rolls back on failure. */
    public <T> T write(Work<T> work) {
        writes.incrementAndGet();
        writeLock.lock();
        try (Statement s = writer.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                T result = work.apply(writer);
                s.execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                s.execute("ROLLBACK");
                throw e;
            }
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /** How many read and write units of work ran so far (for tests and the benchmark: requests stay cheap). */
    public long readCount() {
        return reads.get();
    }

    public long writeCount() {
        return writes.get();
    }

    @Override
    public void close() {
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing at shutdown: nothing left to do with a failure
            }
        }
    }
}
