package org.sanayan.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.sanayan.account.AttemptRepository.Kind;

/**
 * Limits counted in the database: failed logins (10 per email or 200 per address in 15 minutes: school labs and
 * mobile carriers share addresses), reset requests (5 per email and 50 per address per hour: one client cannot
 * mail every learner or fill the table with made-up addresses), verification requests (5 per email per hour),
 * sign-ups (30 per address per hour).
 */
public final class Throttle {

    private record Limit(int perEmail, int perIp, Duration window) {
    }

    private final AttemptRepository attempts;
    private final Clock clock;

    public Throttle(AttemptRepository attempts, Clock clock) {
        this.attempts = attempts;
        this.clock = clock;
    }

    private static Limit limit(Kind kind) {
        return switch (kind) {
            case LOGIN -> new Limit(10, 200, Duration.ofMinutes(15));
            case RESET -> new Limit(5, 50, Duration.ofHours(1));
            case VERIFY -> new Limit(5, 0, Duration.ofHours(1));
            case SIGNUP -> new Limit(0, 30, Duration.ofHours(1));
        };
    }

    /** How long to wait before trying again, when a limit is reached; empty when the attempt may go ahead. */
    public Optional<Duration> blocked(Kind kind, String emailKey, String ip) {
        Limit limit = limit(kind);
        Instant now = clock.instant();
        Instant since = now.minus(limit.window());
        Instant until = null;
        if (limit.perEmail() > 0 && emailKey != null
                && attempts.countByEmail(kind, emailKey, since) >= limit.perEmail()) {
            until = attempts.oldestByEmail(kind, emailKey, since).map(t -> t.plus(limit.window())).orElse(now);
        }
        if (limit.perIp() > 0 && attempts.countByIp(kind, ip, since) >= limit.perIp()) {
            Instant ipUntil = attempts.oldestByIp(kind, ip, since).map(t -> t.plus(limit.window())).orElse(now);
            until = until == null || ipUntil.isAfter(until) ? ipUntil : until;
        }
        if (until == null) {
            return Optional.empty();
        }
        Duration wait = Duration.between(now, until);
        return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
    }

    public void record(Kind kind, String emailKey, String ip) {
        attempts.record(kind, emailKey, ip, clock.instant());
    }

    /**
     * Counts this attempt against the limits, atomically; throws {@link Throttled} when a limit is reached.
     * Returns the attempt's id, for {@link #release} when it turns out not to count.
     */
    public long acquire(Kind kind, String emailKey, String ip) {
        Limit limit = limit(kind);
        Instant now = clock.instant();
        long id = attempts.recordIfUnder(kind, emailKey, ip, now, now.minus(limit.window()), limit.perEmail(),
                limit.perIp());
        if (id < 0) {
            throw new Throttled(blocked(kind, emailKey, ip).orElse(Duration.ofMinutes(1)));
        }
        return id;
    }

    public void release(long attemptId) {
        attempts.remove(attemptId);
    }
}
