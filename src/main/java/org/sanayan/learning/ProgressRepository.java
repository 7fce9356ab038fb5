package org.sanayan.learning;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.sanayan.db.Database;
import org.sanayan.db.Jdbc;

/** Enrolments and completed lessons. */
public final class ProgressRepository {

    /** A completed lesson as stored: its identity at the time, how and when. */
    public record Done(String lessonId, String via, Instant at) {
    }

    public record Enrolment(String course, Instant enrolledAt) {
    }

    private final Database db;

    public ProgressRepository(Database db) {
        this.db = db;
    }

    /** Every completion of one learner in one course: one indexed query. */
    public List<Done> done(long userId, String course) {
        return db.read(c -> Jdbc.list(c, "SELECT lesson_id, via, completed_at FROM lesson_progress "
                + "WHERE user_id = ? AND course = ?", rs -> new Done(rs.getString(1), rs.getString(2),
                Instant.parse(rs.getString(3))), userId, course));
    }

    public List<Enrolment> enrolments(long userId) {
        return db.read(c -> Jdbc.list(c, "SELECT course, enrolled_at FROM enrolments WHERE user_id = ? "
                + "ORDER BY enrolled_at, course", rs -> new Enrolment(rs.getString(1), Instant.parse(rs.getString(2))),
                userId));
    }

    public boolean enrolled(long userId, String course) {
        return db.read(c -> Jdbc.count(c, "SELECT COUNT(*) FROM enrolments WHERE user_id = ? AND course = ?", userId,
                course) > 0);
    }

    public void enrol(long userId, String course, Instant now) {
        db.write(c -> enrol(c, userId, course, now));
    }

    static int enrol(Connection c, long userId, String course, Instant now) throws SQLException {
        return Jdbc.update(c, "INSERT INTO enrolments (user_id, course, enrolled_at) SELECT ?, ?, ? "
                + "WHERE NOT EXISTS (SELECT 1 FROM enrolments WHERE user_id = ? AND course = ?)",
                userId, course, now, userId, course);
    }

    /** Leaves a course; the progress stays, so enrolling again continues where the learner was. */
    public void leave(long userId, String course) {
        db.write(c -> Jdbc.update(c, "DELETE FROM enrolments WHERE user_id = ? AND course = ?", userId, course));
    }

    /** Records a completion (and enrols) in one transaction; a quiz pass upgrades a hand completion. */
    public void complete(long userId, String course, String lessonId, String via, Instant now) {
        db.write(c -> {
            complete(c, userId, course, lessonId, via, now);
            return null;
        });
    }

    /** The same within a caller's transaction (the quiz grades and completes in one). */
    public static void complete(Connection c, long userId, String course, String lessonId, String via, Instant now)
            throws SQLException {
        enrol(c, userId, course, now);
        if (via.equals("quiz")) {
            Jdbc.update(c, "UPDATE lesson_progress SET via = 'quiz', completed_at = ? WHERE user_id = ? "
                    + "AND lesson_id = ? AND via = 'hand'", now, userId, lessonId);
        }
        Jdbc.update(c, "INSERT INTO lesson_progress (user_id, course, lesson_id, via, completed_at) "
                + "SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM lesson_progress WHERE user_id = ? "
                + "AND lesson_id = ?)", userId, course, lessonId, via, now, userId, lessonId);
    }

    /** Removes the completions stored under any of {@code lessonIds} (a lesson's identity and its aliases). */
    public void uncomplete(long userId, List<String> lessonIds) {
        db.write(c -> {
            for (String id : lessonIds) {
                Jdbc.update(c, "DELETE FROM lesson_progress WHERE user_id = ? AND lesson_id = ?", userId, id);
            }
            return null;
        });
    }

    public List<Done> all(long userId) {
        return db.read(c -> Jdbc.list(c, "SELECT lesson_id, via, completed_at FROM lesson_progress WHERE user_id = ? "
                + "ORDER BY completed_at", rs -> new Done(rs.getString(1), rs.getString(2),
                Instant.parse(rs.getString(3))), userId));
    }
}
