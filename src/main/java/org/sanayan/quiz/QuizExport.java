package org.sanayan.quiz;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.sanayan.content.Fraction;
import org.sanayan.content.Grading;
import org.sanayan.content.Question;
import org.sanayan.content.Quiz;

/**
 * The quiz part of "download all my data": every attempt with, per question, its text, the answer given and the
 * score, all numbered as the quiz file numbers its questions; and the extra attempts an admin granted.
 */
public final class QuizExport {

    private final QuizRepository repo;

    public QuizExport(QuizRepository repo) {
        this.repo = repo;
    }

    public JsonValue of(long userId) {
        JsonArrayBuilder attempts = Json.createArrayBuilder();
        Map<String, Quiz> versions = new HashMap<>();
        for (Attempt a : repo.all(userId)) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("quiz", a.quizId()).add("quiz_version", a.version())
                    .add("started_at", a.startedAt().toString()).add("retry", a.isRetry());
            a.submittedAt().ifPresent(s -> o.add("submitted_at", s.toString()));
            a.percent().ifPresent(p -> o.add("score_percent", p));
            if (a.submitted()) {
                o.add("passed", a.passed());
            }
            Quiz quiz = versions.computeIfAbsent(a.version(), repo::version);
            Map<Integer, Grading.Response> answers = a.answers().map(Responses::read).orElse(Map.of());
            JsonArrayBuilder questions = Json.createArrayBuilder();
            for (int q : a.base()) {
                Question question = quiz.questions().get(q);
                JsonObjectBuilder item = Json.createObjectBuilder().add("number", q + 1)
                        .add("question", question.titleText());
                if (a.kept().containsKey(q)) {
                    item.add("kept_from_earlier_attempt", true);
                } else if (a.submitted()) {
                    Grading.Response r = answers.get(q);
                    Optional<String> given = r == null ? Optional.empty() : AnswerText.given(question, question, r);
                    item.add("answer", given.map(v -> (JsonValue) Json.createValue(v)).orElse(JsonValue.NULL));
                }
                Fraction score = a.scores().get(q);
                if (score != null) {
                    item.add("score_percent", score.times(100).toDecimal(1));
                }
                questions.add(item);
            }
            o.add("questions", questions);
            attempts.add(o);
        }
        JsonArrayBuilder extra = Json.createArrayBuilder();
        repo.extraGrants(userId).forEach(g -> extra.add(Json.createObjectBuilder().add("quiz", g.quizId())
                .add("extra_attempts", g.extra()).add("granted_at", g.grantedAt().toString())));
        return Json.createObjectBuilder().add("attempts", attempts).add("extra_attempts_granted", extra).build();
    }
}
