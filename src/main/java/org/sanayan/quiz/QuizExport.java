package org.sanayan.quiz;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;

/** The quiz part of "download all my data": every attempt with its answers and scores. */
public final class QuizExport {

    private final QuizRepository repo;

    public QuizExport(QuizRepository repo) {
        this.repo = repo;
    }

    public JsonValue of(long userId) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (Attempt a : repo.all(userId)) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("quiz", a.quizId()).add("quiz_version", a.version())
                    .add("started_at", a.startedAt().toString()).add("retry", a.isRetry());
            a.submittedAt().ifPresent(s -> o.add("submitted_at", s.toString()));
            a.percent().ifPresent(p -> o.add("score_percent", p));
            if (a.submitted()) {
                o.add("passed", a.passed());
            }
            a.answers().ifPresent(json -> {
                try (JsonReader r = Json.createReader(new StringReader(json))) {
                    o.add("answers", r.readObject());
                }
            });
            JsonObjectBuilder scores = Json.createObjectBuilder();
            a.scores().forEach((q, f) -> scores.add("question_" + (q + 1), f.toString()));
            o.add("question_scores", scores);
            all.add(o);
        }
        return all.build();
    }
}
