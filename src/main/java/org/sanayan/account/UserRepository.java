package org.sanayan.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import java.util.List;
import java.util.Optional;
import org.sanayan.db.Database;
import org.sanayan.db.Jdbc;

/** People and their roles. */
public final class UserRepository {

    private static final String COLUMNS = "id, email, name, lang, email_verified_at, active, created_at";

    private final Database db;

    public UserRepository(Database db) {
        this.db = db;
    }

    static User map(ResultSet rs) throws SQLException {
        return new User(rs.getLong("id"), rs.getString("email"), rs.getString("name"), rs.getString("lang"),
                rs.getString("email_verified_at") != null, rs.getInt("active") == 1,
                Instant.parse(rs.getString("created_at")));
    }

    /** The new user's id, or empty when the email is taken (whatever its case). */
    public Optional<Long> create(String email, String name, String passwordHash, String lang, Instant now) {
        return db.write(c -> {
            if (Jdbc.count(c, "SELECT COUNT(*) FROM users WHERE email_key = ?", Emails.key(email)) > 0) {
                return Optional.empty();
            }
            long id = Jdbc.insert(c, "INSERT INTO users (email, email_key, name, password_hash, lang, consent_at, "
                    + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", email.strip(), Emails.key(email), name.strip(),
                    passwordHash, lang, now, now);
            Jdbc.update(c, "INSERT INTO roles (user_id, role, school_id, granted_at) VALUES (?, 'learner', NULL, ?)",
                    id, now);
            return Optional.of(id);
        });
    }

    public Optional<User> find(long id) {
        return db.read(c -> Jdbc.one(c, "SELECT " + COLUMNS + " FROM users WHERE id = ?", UserRepository::map, id));
    }

    public Optional<User> findByEmail(String email) {
        return db.read(c -> Jdbc.one(c, "SELECT " + COLUMNS + " FROM users WHERE email_key = ?",
                UserRepository::map, Emails.key(email)));
    }

    public Optional<String> passwordHash(long id) {
        return db.read(c -> Jdbc.one(c, "SELECT password_hash FROM users WHERE id = ?", rs -> rs.getString(1), id));
    }

    /** People whose name or email contains {@code query} (case-insensitive), newest first. */
    public List<User> search(String query, int limit) {
        String like = "%" + query.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return db.read(c -> Jdbc.list(c, "SELECT " + COLUMNS + " FROM users WHERE email_key LIKE ? ESCAPE '\\' "
                + "OR LOWER(name) LIKE ? ESCAPE '\\' ORDER BY created_at DESC, id DESC LIMIT ?",
                UserRepository::map, like, like, limit));
    }

    public List<Role.Grant> roles(long userId) {
        return db.read(c -> Jdbc.list(c, "SELECT role, school_id FROM roles WHERE user_id = ? ORDER BY role",
                rs -> new Role.Grant(Role.of(rs.getString(1)).orElseThrow(),
                        rs.getObject(2) == null ? null : rs.getLong(2)), userId));
    }

    /** The roles of several people in one query (the admin's list), by user id. */
    public java.util.Map<Long, List<Role.Grant>> roles(List<Long> userIds) {
        java.util.Map<Long, List<Role.Grant>> out = new java.util.HashMap<>();
        if (userIds.isEmpty()) {
            return out;
        }
        String in = String.join(", ", java.util.Collections.nCopies(userIds.size(), "?"));
        db.read(c -> Jdbc.list(c, "SELECT user_id, role, school_id FROM roles WHERE user_id IN (" + in
                + ") ORDER BY role", rs -> out.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                .add(new Role.Grant(Role.of(rs.getString(2)).orElseThrow(),
                        rs.getObject(3) == null ? null : rs.getLong(3))), userIds.toArray()));
        return out;
    }

    public boolean hasRole(long userId, Role role) {
        return db.read(c -> Jdbc.count(c, "SELECT COUNT(*) FROM roles WHERE user_id = ? AND role = ?", userId,
                role.word()) > 0);
    }

    /** Replaces the user's roles with {@code grants}; learner is always kept. */
    public void setRoles(long userId, List<Role.Grant> grants, Instant now) {
        db.write(c -> {
            Jdbc.update(c, "DELETE FROM roles WHERE user_id = ? AND role <> 'learner'", userId);
            for (Role.Grant g : grants) {
                if (g.role() != Role.LEARNER) {
                    Jdbc.update(c, "INSERT INTO roles (user_id, role, school_id, granted_at) VALUES (?, ?, ?, ?)",
                            userId, g.role().word(), g.schoolId(), now);
                }
            }
            return null;
        });
    }

    public void grant(long userId, Role role, Instant now) {
        db.write(c -> Jdbc.update(c, "INSERT INTO roles (user_id, role, school_id, granted_at) SELECT ?, ?, NULL, ? "
                + "WHERE NOT EXISTS (SELECT 1 FROM roles WHERE user_id = ? AND role = ? AND school_id IS NULL)",
                userId, role.word(), now, userId, role.word()));
    }

    public void setPassword(long userId, String hash) {
        db.write(c -> Jdbc.update(c, "UPDATE users SET password_hash = ? WHERE id = ?", hash, userId));
    }

    public void setName(long userId, String name) {
        db.write(c -> Jdbc.update(c, "UPDATE users SET name = ? WHERE id = ?", name.strip(), userId));
    }

    public void setLang(long userId, String lang) {
        db.write(c -> Jdbc.update(c, "UPDATE users SET lang = ? WHERE id = ?", lang, userId));
    }

    public void markVerified(long userId, Instant now) {
        db.write(c -> Jdbc.update(c, "UPDATE users SET email_verified_at = ? WHERE id = ? AND email_verified_at IS NULL",
                now, userId));
    }

    /**
     * Activates or deactivates an account; deactivating ends its sessions and voids the links already mailed to it
     * (a reset link must not let a deactivated account choose the password it comes back with).
     */
    public void setActive(long userId, boolean active) {
        db.write(c -> {
            Jdbc.update(c, "UPDATE users SET active = ? WHERE id = ?", active, userId);
            if (!active) {
                Jdbc.update(c, "DELETE FROM sessions WHERE user_id = ?", userId);
                Jdbc.update(c, "UPDATE email_tokens SET used_at = ? WHERE user_id = ? AND used_at IS NULL",
                        java.time.Instant.now(), userId);
            }
            return null;
        });
    }

    public java.util.Optional<String> consentAt(long id) {
        return db.read(c -> Jdbc.one(c, "SELECT consent_at FROM users WHERE id = ?", rs -> rs.getString(1), id));
    }

    /** Deletes the person and, through foreign keys, everything tied to them. */
    public void delete(long id) {
        db.write(c -> Jdbc.update(c, "DELETE FROM users WHERE id = ?", id));
    }

    /**
     * Deletes the person, everything tied to them, and the security counts kept under their email address, in one
     * transaction: a crash part-way leaves either the whole account or none of it.
     */
    public void deleteWithCounts(long id, String emailKey) {
        db.write(c -> {
            Jdbc.update(c, "DELETE FROM users WHERE id = ?", id);
            return Jdbc.update(c, "DELETE FROM attempts WHERE email_key = ?", emailKey);
        });
    }

    public long count() {
        return db.read(c -> Jdbc.count(c, "SELECT COUNT(*) FROM users"));
    }

}
