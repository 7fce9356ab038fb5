package org.sanayan.quiz;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.sanayan.content.Fraction;
import org.sanayan.content.Quiz;
import org.sanayan.content.QuizCodec;
import org.sanayan.db.Database;
import org.sanayan.db.Jdbc;

/** Quiz versions, attempts, extra attempts and per-question counters. */
public final class QuizRepository {

    /** A learner's attempts at one quiz and the extra attempts granted: one query. */
    public record History(List<Attempt> attempts, int extra) {
    }

    private static final String COLUMNS = "a.id, a.public_id, a.user_id, a.quiz_id, a.version, a.seed, a.base, "
            + "a.shown, a.kept, a.retry_of, a.started_at, a.submitted_at, a.answers, a.scores, a.score, a.percent, "
            + "a.passed";

    private final Database db;
    private final Map<String, Quiz> versions = new ConcurrentHashMap<>();

    public QuizRepository(Database db) {
        this.db = db;
    }

    /** Keeps the parsed form of a quiz version (once), so results stay readable after the file changes. */
    static void storeVersion(Connection c, Quiz quiz, Instant now) throws SQLException {
        Jdbc.update(c, "INSERT INTO quiz_versions (version, quiz_id, model, stored_at) SELECT ?, ?, ?, ? "
                + "WHERE NOT EXISTS (SELECT 1 FROM quiz_versions WHERE version = ?)", quiz.version(), quiz.id(),
                QuizCodec.write(quiz), now, quiz.version());
    }

    /** The quiz as it was in {@code version}. */
    public Quiz version(String version) {
        return versions.computeIfAbsent(version, v -> db.read(c -> Jdbc.one(c,
                "SELECT model FROM quiz_versions WHERE version = ?", rs -> QuizCodec.read(rs.getString(1)), v))
                .orElseThrow(() -> new IllegalStateException("quiz version " + v + " is not stored")));
    }

    /**
     * Creates an attempt, in one write transaction with the checks that make it safe under parallel requests:
     * an open attempt (under any of {@code ids}) is returned instead, and when {@code limit} (0 = none) plus the
     * extra attempts granted is reached, nothing is created (empty).
     */
    public Optional<Attempt> create(Quiz quiz, List<String> ids, int limit, long userId, String publicId, long seed,
                                    List<Integer> base, List<Integer> shown, Map<Integer, Fraction> kept, Long retryOf,
                                    Instant now) {
        return db.write(c -> {
            String in = in(ids);
            Optional<Attempt> open = Jdbc.one(c, "SELECT " + COLUMNS + " FROM quiz_attempts a WHERE a.user_id = ? "
                    + "AND a.quiz_id IN " + in + " AND a.submitted_at IS NULL", QuizRepository::map,
                    params(userId, ids));
            if (open.isPresent()) {
                return open;
            }
            if (limit > 0) {
                long used = Jdbc.count(c, "SELECT COUNT(*) FROM quiz_attempts WHERE user_id = ? AND quiz_id IN " + in
                        + " AND submitted_at IS NOT NULL", params(userId, ids));
                long extra = Jdbc.count(c, "SELECT COALESCE(SUM(extra), 0) FROM quiz_extra_attempts WHERE user_id = ? "
                        + "AND quiz_id IN " + in, params(userId, ids));
                if (used >= limit + extra) {
                    return Optional.<Attempt>empty();
                }
            }
            storeVersion(c, quiz, now);
            long id = Jdbc.insert(c, "INSERT INTO quiz_attempts (public_id, user_id, quiz_id, version, seed, base, shown, "
                    + "kept, retry_of, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", publicId, userId, quiz.id(),
                    quiz.version(), seed, ints(base), ints(shown), fractions(kept), retryOf, now);
            return find(c, "a.id = ?", id);
        });
    }

    private static String in(List<String> ids) {
        return "(" + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")";
    }

    private static Object[] params(long userId, List<String> ids) {
        Object[] p = new Object[ids.size() + 1];
        p[0] = userId;
        for (int i = 0; i < ids.size(); i++) {
            p[i + 1] = ids.get(i);
        }
        return p;
    }

    public Optional<Attempt> find(String publicId) {
        return db.read(c -> find(c, "a.public_id = ?", publicId));
    }

    private static Optional<Attempt> find(Connection c, String where, Object key) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM quiz_attempts a WHERE " + where, QuizRepository::map, key);
    }

    /** Extra attempts an admin granted to a learner, per quiz. */
    public record ExtraGrant(String quizId, int extra, java.time.Instant grantedAt) {
    }

    public List<ExtraGrant> extraGrants(long userId) {
        return db.read(c -> Jdbc.list(c, "SELECT quiz_id, extra, granted_at FROM quiz_extra_attempts WHERE user_id = ? "
                + "ORDER BY granted_at, quiz_id", rs -> new ExtraGrant(rs.getString("quiz_id"), rs.getInt("extra"),
                java.time.Instant.parse(rs.getString("granted_at"))), userId));
    }

    /** One learner's attempts at a quiz (under its identity and its old ones) and the extra attempts: one query. */
    public History history(long userId, List<String> ids) {
        String in = in(ids);
        Object[] p = new Object[ids.size() * 2 + 2];
        Object[] first = params(userId, ids);
        System.arraycopy(first, 0, p, 0, first.length);
        System.arraycopy(first, 0, p, first.length, first.length);
        return db.read(c -> {
            List<Attempt> attempts = new ArrayList<>();
            int[] extra = {0};
            Jdbc.list(c, "SELECT (SELECT COALESCE(SUM(e.extra), 0) FROM quiz_extra_attempts e WHERE e.user_id = ? "
                    + "AND e.quiz_id IN " + in + ") AS extra, " + COLUMNS + " FROM (SELECT 1 AS one) one "
                    + "LEFT JOIN quiz_attempts a ON a.user_id = ? AND a.quiz_id IN " + in + " ORDER BY a.id",
                    rs -> {
                        extra[0] = rs.getInt("extra");
                        if (rs.getObject("id") != null) {
                            attempts.add(map(rs));
                        }
                        return null;
                    }, p);
            return new History(attempts, extra[0]);
        });
    }

    public List<Attempt> all(long userId) {
        return db.read(c -> Jdbc.list(c, "SELECT " + COLUMNS + " FROM quiz_attempts a WHERE a.user_id = ? ORDER BY a.id",
                QuizRepository::map, userId));
    }

    /** Quizzes this learner has attempted, with how many attempts were submitted. */
    public Map<String, Integer> attemptedQuizzes(long userId) {
        Map<String, Integer> out = new TreeMap<>();
        db.read(c -> Jdbc.list(c, "SELECT quiz_id, COUNT(submitted_at) FROM quiz_attempts WHERE user_id = ? "
                + "GROUP BY quiz_id", rs -> out.put(rs.getString(1), rs.getInt(2)), userId));
        return out;
    }

    /** Records the submission; false when the attempt was already submitted (a second click, another tab). */
    public static boolean submit(Connection c, long attemptId, String answers, Map<Integer, Fraction> scores,
                                 Fraction score, BigDecimal percent, boolean passed, Instant now) throws SQLException {
        return Jdbc.update(c, "UPDATE quiz_attempts SET submitted_at = ?, answers = ?, scores = ?, score = ?, "
                + "percent = ?, passed = ? WHERE id = ? AND submitted_at IS NULL", now, answers, fractions(scores),
                score.toString(), percent.toPlainString(), passed, attemptId) == 1;
    }

    static void count(Connection c, String version, int question, boolean correct) throws SQLException {
        int updated = Jdbc.update(c, "UPDATE quiz_question_stats SET answered = answered + 1, correct = correct + ? "
                + "WHERE version = ? AND question = ?", correct ? 1 : 0, version, question);
        if (updated == 0) {
            Jdbc.update(c, "INSERT INTO quiz_question_stats (version, question, answered, correct) VALUES (?, ?, 1, ?)",
                    version, question, correct ? 1 : 0);
        }
    }

    public void grantExtra(long userId, String quizId, int extra, Instant now) {
        db.write(c -> {
            int updated = Jdbc.update(c, "UPDATE quiz_extra_attempts SET extra = extra + ?, granted_at = ? "
                    + "WHERE user_id = ? AND quiz_id = ?", extra, now, userId, quizId);
            if (updated == 0) {
                Jdbc.update(c, "INSERT INTO quiz_extra_attempts (user_id, quiz_id, extra, granted_at) VALUES (?, ?, ?, ?)",
                        userId, quizId, extra, now);
            }
            return null;
        });
    }

    public boolean passed(long userId, String quizId) {
        return db.read(c -> Jdbc.count(c, "SELECT COUNT(*) FROM quiz_attempts WHERE user_id = ? AND quiz_id = ? "
                + "AND passed = 1", userId, quizId) > 0);
    }

    public Database db() {
        return db;
    }

    // ---- mapping ------------------------------------------------------------------------------------------------

    private static Attempt map(ResultSet rs) throws SQLException {
        String submitted = rs.getString("submitted_at");
        String score = rs.getString("score");
        String percent = rs.getString("percent");
        String scores = rs.getString("scores");
        long retryOf = rs.getLong("retry_of");
        boolean hasRetry = !rs.wasNull();
        return new Attempt(rs.getLong("id"), rs.getString("public_id"), rs.getLong("user_id"),
                rs.getString("quiz_id"), rs.getString("version"), rs.getLong("seed"), readInts(rs.getString("base")),
                readInts(rs.getString("shown")), readFractions(rs.getString("kept")),
                hasRetry ? Optional.of(retryOf) : Optional.empty(), Instant.parse(rs.getString("started_at")),
                Optional.ofNullable(submitted).map(Instant::parse), Optional.ofNullable(rs.getString("answers")),
                scores == null ? Map.of() : readFractions(scores), Optional.ofNullable(score).map(Fraction::parse),
                Optional.ofNullable(percent).map(BigDecimal::new), rs.getInt("passed") == 1);
    }

    static String ints(List<Integer> list) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        list.forEach(a::add);
        return a.build().toString();
    }

    static List<Integer> readInts(String json) {
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            return r.readArray().getValuesAs(jakarta.json.JsonNumber.class).stream().map(n -> n.intValue()).toList();
        }
    }

    static String fractions(Map<Integer, Fraction> map) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        new TreeMap<>(map).forEach((k, v) -> o.add(String.valueOf(k), v.toString()));
        return o.build().toString();
    }

    static Map<Integer, Fraction> readFractions(String json) {
        Map<Integer, Fraction> out = new TreeMap<>();
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            JsonObject o = r.readObject();
            o.keySet().forEach(k -> out.put(Integer.parseInt(k), Fraction.parse(o.getString(k))));
        }
        return out;
    }
}
