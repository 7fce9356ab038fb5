package org.sanayan.quiz;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sanayan.content.Fraction;

/**
 * One attempt at a quiz.
 *
 * @param base    the question indexes the attempt is scored over (a retry keeps its original's)
 * @param shown   the question indexes asked, in display order (a retry asks only the missed ones)
 * @param kept    scores carried over from the attempt retried
 * @param answers what was answered, by question index (JSON), once submitted
 * @param scores  every base question's exact score, once submitted
 */
public record Attempt(long id, String publicId, long userId, String quizId, String version, long seed,
                      List<Integer> base, List<Integer> shown, Map<Integer, Fraction> kept, Optional<Long> retryOf,
                      Instant startedAt, Optional<Instant> submittedAt, Optional<String> answers,
                      Map<Integer, Fraction> scores, Optional<Fraction> score, Optional<BigDecimal> percent,
                      boolean passed) {

    public Attempt {
        base = List.copyOf(base);
        shown = List.copyOf(shown);
        kept = Map.copyOf(kept);
        scores = Map.copyOf(scores);
    }

    public boolean submitted() {
        return submittedAt.isPresent();
    }

    public boolean isRetry() {
        return retryOf.isPresent();
    }

    /** The base questions scored below 1: what "retry the ones I missed" asks again. */
    public List<Integer> missed() {
        return base.stream().filter(q -> scores.getOrDefault(q, Fraction.ZERO).compareTo(Fraction.ONE) < 0).toList();
    }
}
