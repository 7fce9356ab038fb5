package org.sanayan.account;

import java.time.Instant;
import java.util.Optional;
import org.sanayan.db.Database;
import org.sanayan.db.Jdbc;

/** Counters for throttling, kept in the database so every app node sees the same numbers. */
public final class AttemptRepository {

    public enum Kind { LOGIN, RESET, VERIFY, SIGNUP }

    private final Database db;

    public AttemptRepository(Database db) {
        this.db = db;
    }

    public void record(Kind kind, String emailKey, String ip, Instant now) {
        db.write(c -> Jdbc.update(c, "INSERT INTO attempts (kind, email_key, ip, at) VALUES (?, ?, ?, ?)",
                word(kind), emailKey, ip, now));
    }

    /**
     * Counts and records in one write transaction, so that parallel requests cannot all slip under a limit:
     * the new attempt's id, or -1 when {@code perEmail} or {@code perIp} (0 = none) is already reached.
     */
    public long recordIfUnder(Kind kind, String emailKey, String ip, Instant now, Instant since, int perEmail,
                              int perIp) {
        return db.write(c -> {
            if (perEmail > 0 && emailKey != null && Jdbc.count(c, "SELECT COUNT(*) FROM attempts WHERE kind = ? "
                    + "AND email_key = ? AND at >= ?", word(kind), emailKey, since) >= perEmail) {
                return -1L;
            }
            if (perIp > 0 && Jdbc.count(c, "SELECT COUNT(*) FROM attempts WHERE kind = ? AND ip = ? AND at >= ?",
                    word(kind), ip, since) >= perIp) {
                return -1L;
            }
            return Jdbc.insert(c, "INSERT INTO attempts (kind, email_key, ip, at) VALUES (?, ?, ?, ?)", word(kind),
                    emailKey, ip, now);
        });
    }

    /** Takes back an attempt that turned out not to count (a successful login). */
    public void remove(long id) {
        db.write(c -> Jdbc.update(c, "DELETE FROM attempts WHERE id = ?", id));
    }

    public long countByEmail(Kind kind, String emailKey, Instant since) {
        return db.read(c -> Jdbc.count(c, "SELECT COUNT(*) FROM attempts WHERE kind = ? AND email_key = ? AND at >= ?",
                word(kind), emailKey, since));
    }

    public long countByIp(Kind kind, String ip, Instant since) {
        return db.read(c -> Jdbc.count(c, "SELECT COUNT(*) FROM attempts WHERE kind = ? AND ip = ? AND at >= ?",
                word(kind), ip, since));
    }

    /** The oldest attempt counted in the window: when it leaves the window, one more is allowed. */
    public Optional<Instant> oldestByEmail(Kind kind, String emailKey, Instant since) {
        return db.read(c -> Jdbc.one(c, "SELECT MIN(at) FROM attempts WHERE kind = ? AND email_key = ? AND at >= ?",
                rs -> rs.getString(1) == null ? null : Instant.parse(rs.getString(1)), word(kind), emailKey, since));
    }

    public Optional<Instant> oldestByIp(Kind kind, String ip, Instant since) {
        return db.read(c -> Jdbc.one(c, "SELECT MIN(at) FROM attempts WHERE kind = ? AND ip = ? AND at >= ?",
                rs -> rs.getString(1) == null ? null : Instant.parse(rs.getString(1)), word(kind), ip, since));
    }

    /** Forgets attempts older than {@code before}. */
    public void purgeOlderThan(Instant before) {
        db.write(c -> Jdbc.update(c, "DELETE FROM attempts WHERE at < ?", before));
    }

    private static String word(Kind kind) {
        return kind.name().toLowerCase();
    }
}
