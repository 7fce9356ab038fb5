package org.sanayan.content;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes a parsed {@link Quiz} as JSON and reads it back to an equal model, so that a quiz version that has
 * attempts can be kept after its files change (old result pages still render).
 */
public final class QuizCodec {

    static final int FORMAT = 1;

    private QuizCodec() {
    }

    public static String write(Quiz quiz) {
        JsonObjectBuilder texts = Json.createObjectBuilder();
        for (String locale : quiz.text().locales()) {
            Quiz.QuizText t = quiz.text().in(locale);
            JsonArrayBuilder qs = Json.createArrayBuilder();
            t.questions().forEach(q -> qs.add(question(q)));
            texts.add(locale, Json.createObjectBuilder().add("intro", t.intro().value()).add("questions", qs));
        }
        Quiz.Settings s = quiz.settings();
        return Json.createObjectBuilder()
                .add("format", FORMAT)
                .add("id", quiz.id())
                .add("version", quiz.version())
                .add("settings", Json.createObjectBuilder().add("pass", s.pass()).add("attempts", s.attempts())
                        .add("shuffle", s.shuffle()).add("pick", s.pick()).add("reveal", s.reveal().word()))
                .add("texts", texts)
                .build().toString();
    }

    public static Quiz read(String json) {
        JsonObject o;
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            o = r.readObject();
        }
        if (o.getInt("format") != FORMAT) {
            throw new IllegalArgumentException("unknown quiz format " + o.getInt("format"));
        }
        JsonObject s = o.getJsonObject("settings");
        Quiz.Settings settings = new Quiz.Settings(s.getInt("pass"), s.getInt("attempts"), s.getBoolean("shuffle"),
                s.getInt("pick"), Quiz.Reveal.of(s.getString("reveal")).orElseThrow());
        Map<String, Quiz.QuizText> texts = new TreeMap<>();
        JsonObject t = o.getJsonObject("texts");
        for (String locale : t.keySet()) {
            JsonObject text = t.getJsonObject(locale);
            List<Question> questions = new ArrayList<>();
            text.getJsonArray("questions").forEach(v -> questions.add(question(v.asJsonObject())));
            texts.put(locale, new Quiz.QuizText(new Html(text.getString("intro")), questions));
        }
        return new Quiz(o.getString("id"), settings, new Translations<>(texts), o.getString("version"));
    }

    // ---- writing --------------------------------------------------------------------------------------------

    private static JsonObject question(Question q) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("line", q.line()).add("title", q.title().value()).add("titleText", q.titleText())
                .add("text", q.text().value()).add("type", q.type().name());
        q.explanation().ifPresent(e -> b.add("explanation", e.value()));
        JsonArrayBuilder items = Json.createArrayBuilder();
        Question.Answers a = q.answers();
        if (a instanceof Question.SingleChoice sc) {
            sc.choices().forEach(c -> items.add(choice(c)));
        } else if (a instanceof Question.MultipleAnswer ma) {
            ma.choices().forEach(c -> items.add(choice(c)));
        } else if (a instanceof Question.ShortAnswer sa) {
            sa.accepted().forEach(x -> items.add(withFeedback(Json.createObjectBuilder().add("text", x.text())
                    .add("line", x.line()), x.feedback())));
        } else if (a instanceof Question.Numeric n) {
            n.ranges().forEach(r -> items.add(withFeedback(Json.createObjectBuilder()
                    .add("low", r.low()).add("high", r.high()).add("source", r.source()).add("line", r.line()),
                    r.feedback())));
        } else if (a instanceof Question.Ordering o) {
            o.items().forEach(i -> items.add(item(i)));
        } else if (a instanceof Question.Matching m) {
            m.pairs().forEach(p -> items.add(Json.createObjectBuilder().add("left", item(p.left()))
                    .add("right", item(p.right()))));
        }
        return b.add("answers", items).build();
    }

    private static JsonObjectBuilder choice(Question.Choice c) {
        return withFeedback(Json.createObjectBuilder().add("html", c.html().value()).add("text", c.text())
                .add("right", c.right()).add("line", c.line()), c.feedback());
    }

    private static JsonObjectBuilder item(Question.Item i) {
        return Json.createObjectBuilder().add("html", i.html().value()).add("text", i.text()).add("line", i.line());
    }

    private static JsonObjectBuilder withFeedback(JsonObjectBuilder b, Optional<Html> feedback) {
        feedback.ifPresent(f -> b.add("feedback", f.value()));
        return b;
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    private static Question question(JsonObject o) {
        Question.Type type = Question.Type.valueOf(o.getString("type"));
        JsonArray items = o.getJsonArray("answers");
        Question.Answers answers = switch (type) {
            case SINGLE_CHOICE -> new Question.SingleChoice(map(items, QuizCodec::choice));
            case MULTIPLE_ANSWER -> new Question.MultipleAnswer(map(items, QuizCodec::choice));
            case SHORT_ANSWER -> new Question.ShortAnswer(map(items, x -> new Question.Accepted(x.getString("text"),
                    feedback(x), x.getInt("line"))));
            case NUMERIC -> new Question.Numeric(map(items, x -> new Question.NumericRange(
                    x.getJsonNumber("low").bigDecimalValue(), x.getJsonNumber("high").bigDecimalValue(),
                    x.getString("source"), feedback(x), x.getInt("line"))));
            case ORDERING -> new Question.Ordering(map(items, QuizCodec::item));
            case MATCHING -> new Question.Matching(map(items, x -> new Question.Pair(item(x.getJsonObject("left")),
                    item(x.getJsonObject("right")))));
        };
        Optional<Html> explanation = o.containsKey("explanation")
                ? Optional.of(new Html(o.getString("explanation"))) : Optional.empty();
        return new Question(o.getInt("line"), new Html(o.getString("title")), o.getString("titleText"),
                new Html(o.getString("text")), answers, explanation);
    }

    private static Question.Choice choice(JsonObject o) {
        return new Question.Choice(new Html(o.getString("html")), o.getString("text"), o.getBoolean("right"),
                feedback(o), o.getInt("line"));
    }

    private static Question.Item item(JsonObject o) {
        return new Question.Item(new Html(o.getString("html")), o.getString("text"), o.getInt("line"));
    }

    private static Optional<Html> feedback(JsonObject o) {
        return o.containsKey("feedback") ? Optional.of(new Html(o.getString("feedback"))) : Optional.empty();
    }

    private static <T> List<T> map(JsonArray array, java.util.function.Function<JsonObject, T> f) {
        List<T> out = new ArrayList<>();
        for (JsonValue v : array) {
            out.add(f.apply(v.asJsonObject()));
        }
        return out;
    }
}
