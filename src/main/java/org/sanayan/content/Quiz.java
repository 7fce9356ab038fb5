package org.sanayan.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A quiz: its settings (from the English file), its language versions (same questions, same order, same types)
 * and its version, a hash over all its language files.
 *
 * @param id      {@code course/module/lesson} for a lesson's quiz, {@code course/exam} for the final exam
 * @param version SHA-256 (hex) over every language file of the quiz
 */
public record Quiz(String id, Settings settings, Translations<QuizText> text, String version) {

    public enum Reveal {
        ALWAYS("always"), AFTER_PASS("after-pass"), NEVER("never");

        private final String word;

        Reveal(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        public static java.util.Optional<Reveal> of(String word) {
            for (Reveal r : values()) {
                if (r.word.equals(word)) {
                    return java.util.Optional.of(r);
                }
            }
            return java.util.Optional.empty();
        }
    }

    /**
     * @param pass     the pass mark, in percent
     * @param attempts how many submitted attempts count, 0 for unlimited
     * @param pick     questions drawn per attempt, 0 for all
     */
    public record Settings(int pass, int attempts, boolean shuffle, int pick, Reveal reveal) {
        public static final Settings DEFAULT = new Settings(70, 0, true, 0, Reveal.AFTER_PASS);
    }

    /** One language version: the introduction and the questions. */
    public record QuizText(Html intro, List<Question> questions) {
        public QuizText {
            questions = List.copyOf(questions);
        }
    }

    public List<Question> questions() {
        return text.english().questions();
    }

    public int size() {
        return questions().size();
    }

    /** How many questions one attempt has. */
    public int questionsPerAttempt() {
        return settings.pick() > 0 ? Math.min(settings.pick(), size()) : size();
    }

    /**
     * The accepted answers of short-answer question {@code index} in every language version: a learner reading
     * Filipino may answer in English and the other way round.
     */
    public List<String> acceptedAnswers(int index) {
        Set<String> all = new LinkedHashSet<>();
        for (String locale : text.locales()) {
            List<Question> qs = text.in(locale).questions();
            if (index < qs.size() && qs.get(index).answers() instanceof Question.ShortAnswer sa) {
                sa.accepted().forEach(a -> all.add(a.text()));
            }
        }
        return new ArrayList<>(all);
    }
}
