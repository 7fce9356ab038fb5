package org.sanayan.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Password rules (OWASP ASVS V2.1) and bcrypt hashing. bcrypt reads at most 72 bytes, and the library throws
 * above that: longer passwords are refused with a message, never truncated, and a login with one simply fails.
 */
public final class Passwords {

    public static final int MIN_CHARS = 8;
    public static final int MAX_BYTES = 72;

    private final int cost;
    private final CommonPasswords common;
    private volatile String dummyHash; // made on first use: a bcrypt hash at cost 12 would slow start-up

    public Passwords(int cost, CommonPasswords common) {
        this.cost = cost;
        this.common = common;
    }

    /** The message key of the first rule {@code password} breaks, if any. */
    public Optional<String> problem(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_CHARS) {
            return Optional.of("password.tooShort");
        }
        if (tooLong(password)) {
            return Optional.of("password.tooLong");
        }
        if (common.contains(password)) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }

    public static boolean tooLong(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    /** True when {@code password} matches {@code hash}; false (never an exception) for an over-long password. */
    public boolean matches(String password, String hash) {
        if (password == null || tooLong(password)) {
            return false;
        }
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8),
                hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    /** Spends the time a real check would, so an unknown email answers no faster than a known one. */
    public void matchNothing(String password) {
        if (dummyHash == null) {
            dummyHash = hash("not-a-real-password-" + System.nanoTime());
        }
        matches(password == null || tooLong(password) ? "x" : password, dummyHash);
    }
}
