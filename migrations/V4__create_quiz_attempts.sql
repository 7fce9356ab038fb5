-- Quiz attempts. Every quiz version that has attempts is kept (its parsed form, by hash), so an old result page
-- still renders after the quiz file changes.

CREATE TABLE quiz_versions (
    version   TEXT PRIMARY KEY,     -- SHA-256 over every language file of the quiz
    quiz_id   TEXT NOT NULL,        -- course/module/lesson, or course/exam
    model     TEXT NOT NULL,        -- the parsed quiz (QuizCodec JSON)
    stored_at TEXT NOT NULL
);

CREATE TABLE quiz_attempts (
    id           INTEGER PRIMARY KEY,
    public_id    TEXT    NOT NULL UNIQUE,   -- the address /attempts/<public_id>: random, unguessable
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    quiz_id      TEXT    NOT NULL,
    version      TEXT    NOT NULL REFERENCES quiz_versions (version),
    seed         INTEGER NOT NULL,          -- drives shuffling and the opaque option ids
    base         TEXT    NOT NULL,          -- JSON: the question indexes this attempt is scored over
    shown        TEXT    NOT NULL,          -- JSON: the question indexes asked, in display order
    kept         TEXT    NOT NULL,          -- JSON: scores kept from the attempt retried (index -> fraction)
    retry_of     INTEGER REFERENCES quiz_attempts (id) ON DELETE SET NULL,
    started_at   TEXT    NOT NULL,
    submitted_at TEXT,
    answers      TEXT,                      -- JSON: what the learner answered, per question index
    scores       TEXT,                      -- JSON: index -> exact score (fraction), over the base questions
    percent      TEXT,                      -- exact score in percent, rounded to one decimal, for lists
    score        TEXT,                      -- exact mean, as a fraction
    passed       INTEGER
);
CREATE INDEX quiz_attempts_user ON quiz_attempts (user_id, quiz_id);

-- Extra attempts an admin granted one learner on one quiz.
CREATE TABLE quiz_extra_attempts (
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    quiz_id    TEXT    NOT NULL,
    extra      INTEGER NOT NULL,
    granted_at TEXT    NOT NULL,
    PRIMARY KEY (user_id, quiz_id)
);

-- How each question does, without any user id: kept when accounts are deleted.
CREATE TABLE quiz_question_stats (
    version  TEXT    NOT NULL,
    question INTEGER NOT NULL,
    answered INTEGER NOT NULL,
    correct  INTEGER NOT NULL,
    PRIMARY KEY (version, question)
);
