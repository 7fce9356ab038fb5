-- Learning progress. A lesson is known by its identity 'course/module/lesson' (never by its file number), so
-- renumbering keeps progress; renamed lessons and modules keep it through their aliases.

CREATE TABLE enrolments (
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    course      TEXT    NOT NULL,
    enrolled_at TEXT    NOT NULL,
    PRIMARY KEY (user_id, course)
);

-- 'via' says how the lesson was completed: 'hand' (the Complete button) or 'quiz' (its quiz was passed). A lesson
-- that has a quiz counts only when completed via its quiz.
CREATE TABLE lesson_progress (
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    course       TEXT    NOT NULL,
    lesson_id    TEXT    NOT NULL,
    via          TEXT    NOT NULL CHECK (via IN ('hand', 'quiz')),
    completed_at TEXT    NOT NULL,
    PRIMARY KEY (user_id, lesson_id)
);
CREATE INDEX lesson_progress_course ON lesson_progress (user_id, course);
