package org.sanayan.account;

import java.time.Instant;
import java.util.Optional;
import org.sanayan.db.Database;
import org.sanayan.db.Jdbc;

/** Sessions in the database, found by the SHA-256 of their token. */
public final class SessionRepository {

    /** A session with its person, read in one indexed query. */
    public record Row(String tokenHash, User user, String csrf, Instant createdAt, Instant lastSeenAt,
                      boolean admin) {
    }

    private final Database db;

    public SessionRepository(Database db) {
        this.db = db;
    }

    public void create(String tokenHash, long userId, String csrf, Instant now) {
        db.write(c -> Jdbc.update(c, "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at) "
                + "VALUES (?, ?, ?, ?, ?)", tokenHash, userId, csrf, now, now));
    }

    public Optional<Row> find(String tokenHash) {
        return db.read(c -> Jdbc.one(c, "SELECT s.token_hash, s.csrf_token, s.created_at, s.last_seen_at, "
                + "u.id, u.email, u.name, u.lang, u.email_verified_at, u.active, u.created_at, "
                + "(SELECT COUNT(*) FROM roles r WHERE r.user_id = u.id AND r.role = 'admin') AS admins "
                + "FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?",
                rs -> new Row(rs.getString("token_hash"), UserRepository.map(rs), rs.getString("csrf_token"),
                        Instant.parse(rs.getString(3)), Instant.parse(rs.getString("last_seen_at")),
                        rs.getInt("admins") > 0), tokenHash));
    }

    public void touch(String tokenHash, Instant now) {
        db.write(c -> Jdbc.update(c, "UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?", now, tokenHash));
    }

    public void delete(String tokenHash) {
        db.write(c -> Jdbc.update(c, "DELETE FROM sessions WHERE token_hash = ?", tokenHash));
    }

    /** Ends every session of the user but {@code keepTokenHash} (null ends all). */
    public int deleteOthers(long userId, String keepTokenHash) {
        return db.write(c -> Jdbc.update(c, "DELETE FROM sessions WHERE user_id = ? AND token_hash <> ?", userId,
                keepTokenHash == null ? "" : keepTokenHash));
    }

    public long countFor(long userId) {
        return db.read(c -> Jdbc.count(c, "SELECT COUNT(*) FROM sessions WHERE user_id = ?", userId));
    }

    /** Removes sessions past their idle or absolute limit. */
    public int purgeExpired(Instant idleBefore, Instant createdBefore) {
        return db.write(c -> Jdbc.update(c, "DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?",
                idleBefore, createdBefore));
    }
}
