package org.sanayan.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sanayan.content.Grading;
import org.sanayan.content.Question;

/** Answers as text a person reads: on the result page and in the learner's data download. */
final class AnswerText {

    private AnswerText() {
    }

    /**
     * What the learner answered, in the words of {@code q} (the reader's language; {@code base} is the English
     * question that grading used), or empty when nothing was answered.
     */
    static Optional<String> given(Question q, Question base, Grading.Response r) {
        return givenLines(q, base, r).map(lines -> String.join("; ", lines));
    }

    /**
     * {@link #given} as lines a person reads one by one: one line per item or pair for ordering and matching, a
     * single line for the other types.
     */
    static Optional<List<String>> givenLines(Question q, Question base, Grading.Response r) {
        Optional<List<String>> none = Optional.empty();
        Question.Answers a = q.answers();
        if (a instanceof Question.SingleChoice s && r instanceof Grading.Single x) {
            return x.choice() >= 0 && x.choice() < s.choices().size()
                    ? Optional.of(List.of(s.choices().get(x.choice()).text())) : none;
        }
        if (a instanceof Question.MultipleAnswer m && r instanceof Grading.Multiple x) {
            String picked = x.choices().stream().sorted().filter(i -> i < m.choices().size())
                    .map(i -> m.choices().get(i).text()).collect(Collectors.joining("; "));
            return picked.isEmpty() ? none : Optional.of(List.of(picked));
        }
        if (r instanceof Grading.Text x) {
            return x.text().isBlank() ? none : Optional.of(List.of(x.text()));
        }
        if (a instanceof Question.Ordering o && r instanceof Grading.Positions x) {
            List<String> byPosition = new ArrayList<>();
            for (int p = 1; p <= o.items().size(); p++) {
                for (int i = 0; i < x.positions().size(); i++) {
                    if (x.positions().get(i) == p) {
                        byPosition.add(p + ". " + o.items().get(i).text());
                    }
                }
            }
            return byPosition.isEmpty() ? none : Optional.of(byPosition);
        }
        if (a instanceof Question.Matching m && r instanceof Grading.Matches x) {
            List<String> pairs = new ArrayList<>();
            for (int i = 0; i < m.pairs().size() && i < x.rights().size(); i++) {
                pairs.add(m.pairs().get(i).left().text() + " → " + x.rights().get(i)
                        .map(right -> translatedRight(m, (Question.Matching) base.answers(), right)).orElse("—"));
            }
            return x.rights().stream().allMatch(Optional::isEmpty) ? none : Optional.of(pairs);
        }
        return none;
    }

    /** The reader's wording of an English right side (graded responses keep the English text). */
    private static String translatedRight(Question.Matching shown, Question.Matching english, String right) {
        for (int j = 0; j < english.pairs().size() && j < shown.pairs().size(); j++) {
            if (english.pairs().get(j).right().text().equals(right)) {
                return shown.pairs().get(j).right().text();
            }
        }
        return right;
    }

    /** The right answer in the words of {@code q}. */
    static String right(Question q) {
        return String.join("; ", rightLines(q));
    }

    /** {@link #right} as lines: one per item or pair for ordering and matching, a single line for the others. */
    static List<String> rightLines(Question q) {
        Question.Answers a = q.answers();
        if (a instanceof Question.SingleChoice s) {
            return List.of(s.choices().stream().filter(Question.Choice::right).map(Question.Choice::text)
                    .collect(Collectors.joining("; ")));
        }
        if (a instanceof Question.MultipleAnswer m) {
            return List.of(m.choices().stream().filter(Question.Choice::right).map(Question.Choice::text)
                    .collect(Collectors.joining("; ")));
        }
        if (a instanceof Question.ShortAnswer s) {
            return List.of(s.accepted().stream().map(Question.Accepted::text).collect(Collectors.joining(" / ")));
        }
        if (a instanceof Question.Numeric n) {
            return List.of(n.ranges().stream().map(Question.NumericRange::source).collect(Collectors.joining(" / ")));
        }
        if (a instanceof Question.Ordering o) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < o.items().size(); i++) {
                items.add((i + 1) + ". " + o.items().get(i).text());
            }
            return items;
        }
        Question.Matching m = (Question.Matching) a;
        return m.pairs().stream().map(p -> p.left().text() + " → " + p.right().text()).toList();
    }
}
