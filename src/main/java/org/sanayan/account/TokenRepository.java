package org.sanayan.account;

import java.time.Instant;
import java.util.Optional;
import org.sanayan.db.Database;
import org.sanayan.db.Jdbc;

/** One-time email links (verification, password reset), found by the SHA-256 of their token. */
public final class TokenRepository {

    public enum Purpose { VERIFY, RESET }

    public record Row(String tokenHash, long userId, Purpose purpose, Instant expiresAt, boolean used) {
    }

    private final Database db;

    public TokenRepository(Database db) {
        this.db = db;
    }

    public void create(String tokenHash, long userId, Purpose purpose, Instant now, Instant expires) {
        db.write(c -> Jdbc.update(c, "INSERT INTO email_tokens (token_hash, user_id, purpose, created_at, expires_at) "
                + "VALUES (?, ?, ?, ?, ?)", tokenHash, userId, purpose.name().toLowerCase(), now, expires));
    }

    public Optional<Row> find(String tokenHash, Purpose purpose) {
        return db.read(c -> Jdbc.one(c, "SELECT token_hash, user_id, expires_at, used_at FROM email_tokens "
                + "WHERE token_hash = ? AND purpose = ?", rs -> new Row(rs.getString(1), rs.getLong(2), purpose,
                Instant.parse(rs.getString(3)), rs.getString(4) != null), tokenHash, purpose.name().toLowerCase()));
    }

    /** Voids every unused link of this kind for the user (after a password change or reset). */
    public void voidAll(long userId, Purpose purpose, Instant now) {
        db.write(c -> Jdbc.update(c, "UPDATE email_tokens SET used_at = ? WHERE user_id = ? AND purpose = ? "
                + "AND used_at IS NULL", now, userId, purpose.name().toLowerCase()));
    }

    /** Forgets links that expired or were used before {@code before}. */
    public int purge(Instant before) {
        return db.write(c -> Jdbc.update(c, "DELETE FROM email_tokens WHERE expires_at < ? OR used_at < ?", before,
                before));
    }

    /** Marks the token used; false when it was already used (a second click, a race). */
    public boolean use(String tokenHash, Instant now) {
        return db.write(c -> Jdbc.update(c, "UPDATE email_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL",
                now, tokenHash)) == 1;
    }
}
