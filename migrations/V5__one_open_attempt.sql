-- At most one open (unsubmitted) attempt per learner and quiz, whatever the timing of requests.
CREATE UNIQUE INDEX quiz_attempts_one_open ON quiz_attempts (user_id, quiz_id) WHERE submitted_at IS NULL;
