package org.sanayan.account;

import java.time.Duration;

/** A limit was reached: the request is refused with 429 and when to retry. */
public final class Throttled extends RuntimeException {

    private final Duration retryAfter;

    public Throttled(Duration retryAfter) {
        super("too many attempts", null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
