package org.sanayan.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One question of a quiz, in one language.
 *
 * @param line        file line of its {@code ##} heading
 * @param title       the heading, rendered inline
 * @param titleText   the heading as plain text (for duplicates and reports)
 * @param text        the question's text below the heading (may be empty)
 * @param answers     the answer block, which decides the type
 * @param explanation the trailing blockquotes (one or several paragraphs), if any
 */
public record Question(int line, Html title, String titleText, Html text, Answers answers,
                       Optional<Html> explanation) {

    public enum Type {
        SINGLE_CHOICE, MULTIPLE_ANSWER, SHORT_ANSWER, NUMERIC, ORDERING, MATCHING;

        /** The type in words, for messages to instructors: "single choice", "short answer"... */
        public String words() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    public Type type() {
        return answers.type();
    }

    /** The answer block of a question; one record per type. */
    public sealed interface Answers permits SingleChoice, MultipleAnswer, ShortAnswer, Numeric, Ordering, Matching {
        Type type();

        /** How many lines the answer block has: choices, accepted answers, ranges, items or pairs. */
        default int size() {
            if (this instanceof SingleChoice s) {
                return s.choices().size();
            }
            if (this instanceof MultipleAnswer m) {
                return m.choices().size();
            }
            if (this instanceof ShortAnswer s) {
                return s.accepted().size();
            }
            if (this instanceof Numeric n) {
                return n.ranges().size();
            }
            if (this instanceof Ordering o) {
                return o.items().size();
            }
            return ((Matching) this).pairs().size();
        }
    }

    /** A choice of a single-choice or multiple-answer question. */
    public record Choice(Html html, String text, boolean right, Optional<Html> feedback, int line) {
    }

    public record SingleChoice(List<Choice> choices) implements Answers {
        public SingleChoice {
            choices = List.copyOf(choices);
        }

        @Override
        public Type type() {
            return Type.SINGLE_CHOICE;
        }
    }

    public record MultipleAnswer(List<Choice> choices) implements Answers {
        public MultipleAnswer {
            choices = List.copyOf(choices);
        }

        @Override
        public Type type() {
            return Type.MULTIPLE_ANSWER;
        }
    }

    /** An accepted answer of a short-answer question ({@code = text}). */
    public record Accepted(String text, Optional<Html> feedback, int line) {
    }

    public record ShortAnswer(List<Accepted> accepted) implements Answers {
        public ShortAnswer {
            accepted = List.copyOf(accepted);
        }

        @Override
        public Type type() {
            return Type.SHORT_ANSWER;
        }
    }

    /** An accepted numeric answer: every value from {@code low} to {@code high} inclusive. */
    public record NumericRange(BigDecimal low, BigDecimal high, String source, Optional<Html> feedback, int line) {
        public boolean contains(BigDecimal value) {
            return value.compareTo(low) >= 0 && value.compareTo(high) <= 0;
        }
    }

    public record Numeric(List<NumericRange> ranges) implements Answers {
        public Numeric {
            ranges = List.copyOf(ranges);
        }

        @Override
        public Type type() {
            return Type.NUMERIC;
        }
    }

    /** An item to put in order, or one side of a matching pair. */
    public record Item(Html html, String text, int line) {
    }

    /** Items in their right order (the learner sees them shuffled). */
    public record Ordering(List<Item> items) implements Answers {
        public Ordering {
            items = List.copyOf(items);
        }

        @Override
        public Type type() {
            return Type.ORDERING;
        }
    }

    public record Pair(Item left, Item right) {
    }

    public record Matching(List<Pair> pairs) implements Answers {
        public Matching {
            pairs = List.copyOf(pairs);
        }

        @Override
        public Type type() {
            return Type.MATCHING;
        }

        /** The distinct right sides, in file order: what a learner chooses from (shuffled when shown). */
        public List<String> rightTexts() {
            return pairs.stream().map(p -> p.right().text()).distinct().toList();
        }
    }
}
