package org.sanayan.quiz;

import io.javalin.http.BadRequestResponse;
import java.nio.ByteBuffer;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.sanayan.content.Grading;
import org.sanayan.content.Html;
import org.sanayan.content.Question;
import org.sanayan.content.Quiz;

/**
 * The attempt page as a plain HTML form, and the reading of what it sends back. Options carry opaque ids made
 * from the attempt's secret seed, so the page says nothing about which option is which; the order is shuffled
 * from the same seed, so a reload shows the same page.
 */
public final class AttemptForm {

    public static final int MAX_TEXT = 1000;

    /** A choice, an item to order, or one side of a matching pair, as shown. */
    public record Option(String id, Html label) {
    }

    /**
     * One question as shown: {@code options} are the choices, the items to order, or the left sides to match;
     * {@code rights} are the right sides to choose from (matching only).
     */
    public record QuestionView(int position, String field, Question.Type type, Html title, Html text,
                               List<Option> options, List<Option> rights) {
    }

    private AttemptForm() {
    }

    public static List<QuestionView> view(Quiz quiz, Attempt attempt, String lang) {
        List<Question> texts = quiz.text().in(lang).questions();
        List<QuestionView> out = new ArrayList<>();
        for (int pos = 0; pos < attempt.shown().size(); pos++) {
            int q = attempt.shown().get(pos);
            Question question = texts.get(q);
            List<Option> options = new ArrayList<>();
            List<Option> rights = new ArrayList<>();
            Question.Answers a = question.answers();
            if (a instanceof Question.SingleChoice || a instanceof Question.MultipleAnswer) {
                List<Question.Choice> choices = a instanceof Question.SingleChoice s ? s.choices()
                        : ((Question.MultipleAnswer) a).choices();
                for (int i : order(choices.size(), attempt.seed(), q, quiz.settings().shuffle())) {
                    options.add(new Option(id(attempt.seed(), q, "c", i), choices.get(i).html()));
                }
            } else if (a instanceof Question.Ordering o) {
                for (int i : order(o.items().size(), attempt.seed(), q, true)) {
                    options.add(new Option(id(attempt.seed(), q, "o", i), o.items().get(i).html()));
                }
            } else if (a instanceof Question.Matching m) {
                for (int i = 0; i < m.pairs().size(); i++) {
                    options.add(new Option(id(attempt.seed(), q, "l", i), m.pairs().get(i).left().html()));
                }
                // which pairs share a right side is the English file's (validate holds translations to it)
                List<Integer> distinct = distinctRights((Question.Matching) quiz.questions().get(q).answers());
                for (int i : order(distinct.size(), attempt.seed(), q, true)) {
                    rights.add(new Option(id(attempt.seed(), q, "r", i), m.pairs().get(distinct.get(i)).right().html()));
                }
            }
            out.add(new QuestionView(pos + 1, "q" + (pos + 1), question.type(), question.title(), question.text(),
                    options, rights));
        }
        return out;
    }

    /**
     * Reads a submitted form into a response per shown question. Anything that is not an option of this attempt,
     * or a text over {@value #MAX_TEXT} characters, is refused with 400.
     */
    public static Map<Integer, Grading.Response> parse(Quiz quiz, Attempt attempt, Map<String, List<String>> form) {
        Map<Integer, Grading.Response> out = new LinkedHashMap<>();
        List<Question> questions = quiz.questions();
        for (int pos = 0; pos < attempt.shown().size(); pos++) {
            int q = attempt.shown().get(pos);
            String field = "q" + (pos + 1);
            Question.Answers a = questions.get(q).answers();
            List<String> values = form.getOrDefault(field, List.of());
            if (a instanceof Question.SingleChoice s) {
                if (values.size() > 1) {
                    throw invalid();
                }
                out.put(q, new Grading.Single(values.isEmpty() || values.get(0).isEmpty() ? -1
                        : index(attempt.seed(), q, "c", s.choices().size(), values.get(0))));
            } else if (a instanceof Question.MultipleAnswer m) {
                Set<Integer> ticked = new HashSet<>();
                for (String v : values) {
                    ticked.add(index(attempt.seed(), q, "c", m.choices().size(), v));
                }
                out.put(q, new Grading.Multiple(ticked));
            } else if (a instanceof Question.ShortAnswer || a instanceof Question.Numeric) {
                if (values.size() > 1) {
                    throw invalid();
                }
                String text = values.isEmpty() ? "" : values.get(0);
                if (text.length() > MAX_TEXT) {
                    throw new BadRequestResponse("quiz.tooLong");
                }
                out.put(q, new Grading.Text(text));
            } else if (a instanceof Question.Ordering o) {
                int n = o.items().size();
                List<Integer> positions = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    String v = single(form, field + "." + id(attempt.seed(), q, "o", i));
                    int p = 0;
                    if (!v.isEmpty()) {
                        try {
                            p = Integer.parseInt(v);
                        } catch (NumberFormatException e) {
                            throw invalid();
                        }
                        if (p < 1 || p > n) {
                            throw invalid();
                        }
                    }
                    positions.add(p);
                }
                out.put(q, new Grading.Positions(positions));
            } else if (a instanceof Question.Matching m) {
                List<Integer> distinct = distinctRights(m);
                List<Optional<String>> chosen = new ArrayList<>();
                for (int i = 0; i < m.pairs().size(); i++) {
                    String v = single(form, field + "." + id(attempt.seed(), q, "l", i));
                    if (v.isEmpty()) {
                        chosen.add(Optional.empty());
                    } else {
                        int r = index(attempt.seed(), q, "r", distinct.size(), v);
                        chosen.add(Optional.of(m.pairs().get(distinct.get(r)).right().text()));
                    }
                }
                out.put(q, new Grading.Matches(chosen));
            }
        }
        for (Map.Entry<String, List<String>> e : form.entrySet()) {
            if (e.getKey().startsWith("q") && e.getKey().length() > 1 && !knownField(e.getKey(), attempt, quiz)) {
                throw invalid();
            }
        }
        return out;
    }

    /**
     * The positions (1, 2, ...) of the shown questions left blank or only partly answered (an item without a place,
     * a left side without a match). Reads the form as {@link #parse} does, refusing the same things.
     */
    public static List<Integer> unanswered(Quiz quiz, Attempt attempt, Map<String, List<String>> form) {
        Map<Integer, Grading.Response> responses = parse(quiz, attempt, form);
        List<Integer> out = new ArrayList<>();
        for (int pos = 0; pos < attempt.shown().size(); pos++) {
            Grading.Response r = responses.get(attempt.shown().get(pos));
            boolean blank = r == null
                    || r instanceof Grading.Single x && x.choice() < 0
                    || r instanceof Grading.Multiple x && x.choices().isEmpty()
                    || r instanceof Grading.Text x && x.text().isBlank()
                    || r instanceof Grading.Positions x && x.positions().contains(0)
                    || r instanceof Grading.Matches x && x.rights().stream().anyMatch(Optional::isEmpty);
            if (blank) {
                out.add(pos + 1);
            }
        }
        return out;
    }

    private static boolean knownField(String name, Attempt attempt, Quiz quiz) {
        String head = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        try {
            int pos = Integer.parseInt(head.substring(1));
            if (pos < 1 || pos > attempt.shown().size()) {
                return false;
            }
            if (!name.contains(".")) {
                return true;
            }
            int q = attempt.shown().get(pos - 1);
            Question.Answers a = quiz.questions().get(q).answers();
            String item = name.substring(name.indexOf('.') + 1);
            int n = a instanceof Question.Ordering o ? o.items().size()
                    : a instanceof Question.Matching m ? m.pairs().size() : 0;
            String kind = a instanceof Question.Ordering ? "o" : "l";
            for (int i = 0; i < n; i++) {
                if (id(attempt.seed(), q, kind, i).equals(item)) {
                    return true;
                }
            }
            return false;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String single(Map<String, List<String>> form, String name) {
        List<String> values = form.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw invalid();
        }
        return values.isEmpty() ? "" : values.get(0);
    }

    private static int index(long seed, int q, String kind, int size, String id) {
        for (int i = 0; i < size; i++) {
            if (id(seed, q, kind, i).equals(id)) {
                return i;
            }
        }
        throw invalid();
    }

    private static BadRequestResponse invalid() {
        return new BadRequestResponse("quiz.invalidAnswer");
    }

    /** The indexes of the pairs whose right side appears first (matching offers each right side once). */
    static List<Integer> distinctRights(Question.Matching m) {
        List<Integer> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < m.pairs().size(); i++) {
            if (seen.add(m.pairs().get(i).right().text())) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * A display order for {@code n} things: a uniform shuffle from the attempt's seed. Uniform on purpose: an order
     * that avoided the file order would itself give the answer away (with two items, it would be the reverse).
     */
    static List<Integer> order(int n, long seed, int question, boolean shuffle) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            idx.add(i);
        }
        if (shuffle && n > 1) {
            Collections.shuffle(idx, random(seed, question));
        }
        return idx;
    }

    /**
     * A generator for one use of the attempt's seed. The seed and the use are mixed first (SplitMix64's finaliser):
     * java.util.Random's first outputs are alike for seeds that are alike.
     */
    static Random random(long seed, long use) {
        long z = seed + (use + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new Random(z ^ (z >>> 31));
    }

    /** An opaque id: HMAC-SHA256 of the option's place under the attempt's seed, 12 hex characters. */
    static String id(long seed, int question, String kind, int index) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(ByteBuffer.allocate(8).putLong(seed).array(), "HmacSHA256"));
            byte[] h = mac.doFinal((question + ":" + kind + ":" + index).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
