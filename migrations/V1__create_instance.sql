-- The installation itself: one row saying when this database was first opened. The health check reads it to
-- prove the database answers. Later migrations add accounts, progress, quizzes and certificates.
CREATE TABLE instance (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    created_at  TEXT NOT NULL
);
