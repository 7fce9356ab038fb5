package org.sanayan.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The grading rules of CONTENT-FORMAT.md as pure functions: a question score from 0 to 1 for a learner's
 * response, exact (a {@link Fraction}), and the pass decision on the mean. No database, no HTTP.
 */
public final class Grading {

    private Grading() {
    }

    /** What a learner answered to one question, by type. */
    public sealed interface Response permits Single, Multiple, Text, Positions, Matches {
    }

    /** The index of the picked choice, or -1 when nothing was picked. */
    public record Single(int choice) implements Response {
    }

    /** The indexes of the ticked choices. */
    public record Multiple(Set<Integer> choices) implements Response {
        public Multiple {
            choices = Set.copyOf(choices);
        }
    }

    /** A typed answer (short answer or numeric). */
    public record Text(String text) implements Response {
    }

    /** For each item, in its right order, the position (1-based) the learner gave it; 0 when none. */
    public record Positions(List<Integer> positions) implements Response {
        public Positions {
            positions = List.copyOf(positions);
        }
    }

    /** For each left side, in file order, the right side the learner chose (empty when none). */
    public record Matches(List<Optional<String>> rights) implements Response {
        public Matches {
            rights = List.copyOf(rights);
        }
    }

    /** The score of question {@code index} of {@code quiz} (its English structure; accepted answers of all languages). */
    public static Fraction score(Quiz quiz, int index, Response response) {
        Question q = quiz.questions().get(index);
        return switch (q.type()) {
            case SHORT_ANSWER -> shortAnswer(quiz.acceptedAnswers(index), response);
            default -> score(q.answers(), response);
        };
    }

    /** The score for one answer block; short answers use only this block's accepted answers. */
    public static Fraction score(Question.Answers answers, Response response) {
        if (answers instanceof Question.SingleChoice s) {
            return response instanceof Single r && r.choice() >= 0 && r.choice() < s.choices().size()
                    && s.choices().get(r.choice()).right() ? Fraction.ONE : Fraction.ZERO;
        }
        if (answers instanceof Question.MultipleAnswer m) {
            return multiple(m.choices(), response instanceof Multiple r ? r.choices() : Set.of());
        }
        if (answers instanceof Question.ShortAnswer s) {
            return shortAnswer(s.accepted().stream().map(Question.Accepted::text).toList(), response);
        }
        if (answers instanceof Question.Numeric n) {
            return numeric(n, response);
        }
        if (answers instanceof Question.Ordering o) {
            return ordering(o.items().size(), response instanceof Positions p ? p.positions() : List.of());
        }
        Question.Matching m = (Question.Matching) answers;
        return matching(m, response instanceof Matches r ? r.rights() : List.of());
    }

    /** +1/k for each right choice ticked, -1/k for each wrong one, never below 0 (k = number of right choices). */
    static Fraction multiple(List<Question.Choice> choices, Set<Integer> ticked) {
        long k = choices.stream().filter(Question.Choice::right).count();
        if (k == 0) {
            return Fraction.ZERO;
        }
        long right = 0;
        long wrong = 0;
        for (int i : ticked) {
            if (i < 0 || i >= choices.size()) {
                continue;
            }
            if (choices.get(i).right()) {
                right++;
            } else {
                wrong++;
            }
        }
        return Fraction.of(right - wrong, k).atLeastZero();
    }

    static Fraction shortAnswer(List<String> accepted, Response response) {
        if (!(response instanceof Text t)) {
            return Fraction.ZERO;
        }
        String given = QuizParser.normalize(t.text());
        if (given.isEmpty()) {
            return Fraction.ZERO;
        }
        for (String a : accepted) {
            if (QuizParser.normalize(a).equals(given)) {
                return Fraction.ONE;
            }
        }
        return Fraction.ZERO;
    }

    static Fraction numeric(Question.Numeric n, Response response) {
        if (!(response instanceof Text t)) {
            return Fraction.ZERO;
        }
        Optional<BigDecimal> value = Numbers.parse(t.text());
        if (value.isEmpty()) {
            return Fraction.ZERO;
        }
        return n.ranges().stream().anyMatch(r -> r.contains(value.get())) ? Fraction.ONE : Fraction.ZERO;
    }

    /** The share of items given their right position; two items given one position are graded as given. */
    static Fraction ordering(int size, List<Integer> positions) {
        if (size == 0) {
            return Fraction.ZERO;
        }
        int right = 0;
        for (int i = 0; i < Math.min(size, positions.size()); i++) {
            Integer p = positions.get(i);
            if (p != null && p == i + 1) {
                right++;
            }
        }
        return Fraction.of(right, size);
    }

    static Fraction matching(Question.Matching m, List<Optional<String>> rights) {
        int size = m.pairs().size();
        if (size == 0) {
            return Fraction.ZERO;
        }
        int right = 0;
        for (int i = 0; i < Math.min(size, rights.size()); i++) {
            Optional<String> chosen = rights.get(i);
            if (chosen != null && chosen.isPresent() && chosen.get().equals(m.pairs().get(i).right().text())) {
                right++;
            }
        }
        return Fraction.of(right, size);
    }

    /** The quiz score: the mean of the question scores (exact). */
    public static Fraction mean(List<Fraction> scores) {
        if (scores.isEmpty()) {
            return Fraction.ZERO;
        }
        Fraction sum = Fraction.ZERO;
        for (Fraction f : scores) {
            sum = sum.plus(f);
        }
        return sum.dividedBy(scores.size());
    }

    /** Passed when the exact score, in percent, is at least the pass mark: no rounding decides a pass. */
    public static boolean passed(Fraction mean, int passPercent) {
        return mean.times(100).compareTo(Fraction.of(passPercent, 1)) >= 0;
    }

    /** The score in percent, rounded to one decimal, for display. */
    public static BigDecimal percent(Fraction mean) {
        return mean.times(100).toDecimal(1);
    }
}
