package org.sanayan.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sanayan.account.AttemptRepository.Kind;
import org.sanayan.account.TokenRepository.Purpose;
import org.sanayan.web.Messages;

/**
 * Sign-up, login, email verification, password reset and change. Field problems come back as message keys by
 * field name; limits reached throw {@link Throttled}.
 */
public final class AccountService {

    public static final Duration VERIFY_VALID = Duration.ofDays(7);
    public static final Duration RESET_VALID = Duration.ofHours(1);

    /** A sign-up form as entered. */
    public record Signup(String name, String email, String password, boolean consent) {
    }

    /** The outcome of a form: the new or changed user's id, or a message key per field. */
    public record Outcome(Optional<Long> userId, Map<String, String> errors) {
        static Outcome ok(long id) {
            return new Outcome(Optional.of(id), Map.of());
        }

        static Outcome failed(Map<String, String> errors) {
            return new Outcome(Optional.empty(), Map.copyOf(errors));
        }

        public boolean succeeded() {
            return userId.isPresent();
        }
    }

    private final UserRepository users;
    private final SessionRepository sessions;
    private final TokenRepository tokens;
    private final Throttle throttle;
    private final Passwords passwords;
    private final Mailer mailer;
    private final Clock clock;
    private final String baseUrl;

    public AccountService(UserRepository users, SessionRepository sessions, TokenRepository tokens, Throttle throttle,
                          Passwords passwords, Mailer mailer, Clock clock, String baseUrl) {
        this.users = users;
        this.sessions = sessions;
        this.tokens = tokens;
        this.throttle = throttle;
        this.passwords = passwords;
        this.mailer = mailer;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    public Outcome signup(Signup form, String lang, String ip) {
        throttle.blocked(Kind.SIGNUP, null, ip).ifPresent(d -> {
            throw new Throttled(d);
        });
        Map<String, String> errors = new LinkedHashMap<>();
        String name = form.name() == null ? "" : form.name().strip();
        Names.problem(name).ifPresent(p -> errors.put("name", p));
        if (!Emails.plausible(form.email())) {
            errors.put("email", "signup.email.invalid");
        }
        passwords.problem(form.password()).ifPresent(p -> errors.put("password", p));
        if (!form.consent()) {
            errors.put("consent", "signup.consent.required");
        }
        if (!errors.isEmpty()) {
            return Outcome.failed(errors);
        }
        throttle.acquire(Kind.SIGNUP, Emails.key(form.email()), ip);
        Optional<Long> id = users.create(form.email(), name, passwords.hash(form.password()), lang, clock.instant());
        if (id.isEmpty()) {
            return Outcome.failed(Map.of("email", "signup.email.taken"));
        }
        sendVerification(users.find(id.get()).orElseThrow(), ip);
        return Outcome.ok(id.get());
    }

    /** The user whose email and password these are; empty (the same answer for an unknown email) otherwise. */
    public Optional<User> login(String email, String password, String ip) {
        String key = Emails.key(email);
        long attempt = throttle.acquire(Kind.LOGIN, key, ip); // counted before the password is checked
        Optional<User> user = users.findByEmail(key);
        boolean ok;
        if (user.isPresent() && user.get().active()) {
            ok = passwords.matches(password, users.passwordHash(user.get().id()).orElseThrow());
        } else {
            passwords.matchNothing(password);
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        throttle.release(attempt); // only failures count
        return user;
    }

    /** Sends a verification link (valid 7 days) to the user's address. */
    public void sendVerification(User user, String ip) {
        throttle.acquire(Kind.VERIFY, Emails.key(user.email()), ip);
        String token = newToken(user.id(), Purpose.VERIFY, VERIFY_VALID);
        Messages t = Messages.of(user.lang());
        mailer.send(new Mail(user.email(), t.t("mail.verify.subject"),
                t.t("mail.verify.body", user.name(), baseUrl + "/verify?token=" + token), "verification"));
    }

    /** Marks the email verified; false for an unknown, used or expired link. */
    /** What following a verification link did. */
    public enum Verification { VERIFIED, ALREADY_VERIFIED, INVALID }

    /**
     * Confirms the address of a live link. A link whose address is already confirmed (mail apps often open a link
     * twice, people tap twice) says so rather than calling the link broken.
     */
    public Verification verify(String token) {
        Optional<TokenRepository.Row> row = liveToken(token, Purpose.VERIFY);
        if (row.isPresent() && tokens.use(row.get().tokenHash(), clock.instant())) {
            users.markVerified(row.get().userId(), clock.instant());
            return Verification.VERIFIED;
        }
        boolean already = token != null && !token.isBlank() && token.length() <= 100
                && tokens.find(Tokens.sha256(token), Purpose.VERIFY)
                        .flatMap(r -> users.find(r.userId())).map(User::verified).orElse(false);
        return already ? Verification.ALREADY_VERIFIED : Verification.INVALID;
    }

    /** Sends a reset link when the address belongs to an active account; says nothing either way. */
    public void requestReset(String email, String ip) {
        String key = Emails.key(email);
        throttle.acquire(Kind.RESET, key, ip);
        Optional<User> user = users.findByEmail(key).filter(User::active);
        if (user.isEmpty()) {
            return;
        }
        String token = newToken(user.get().id(), Purpose.RESET, RESET_VALID);
        Messages t = Messages.of(user.get().lang());
        mailer.send(new Mail(user.get().email(), t.t("mail.reset.subject"),
                t.t("mail.reset.body", user.get().name(), baseUrl + "/password/reset?token=" + token), "password reset"));
    }

    public boolean resetTokenValid(String token) {
        return liveToken(token, Purpose.RESET).isPresent();
    }

    /** Sets a new password from a reset link and ends every session of the account. */
    public Outcome reset(String token, String newPassword) {
        Optional<TokenRepository.Row> row = liveToken(token, Purpose.RESET);
        if (row.isEmpty()) {
            return Outcome.failed(Map.of("token", "reset.invalid"));
        }
        Optional<String> problem = passwords.problem(newPassword);
        if (problem.isPresent()) {
            return Outcome.failed(Map.of("password", problem.get()));
        }
        if (!tokens.use(row.get().tokenHash(), clock.instant())) {
            return Outcome.failed(Map.of("token", "reset.invalid"));
        }
        long userId = row.get().userId();
        users.setPassword(userId, passwords.hash(newPassword));
        tokens.voidAll(userId, Purpose.RESET, clock.instant()); // other reset links sent earlier stop working
        users.markVerified(userId, clock.instant()); // the link reached the inbox: the address works
        sessions.deleteOthers(userId, null);
        return Outcome.ok(userId);
    }

    /** Changes the password after checking the current one (ASVS 3.7); ends every other session. */
    public Outcome changePassword(CurrentUser user, String current, String newPassword, String ip) {
        if (!checkPassword(user.user(), current, ip)) {
            return Outcome.failed(Map.of("current", "password.currentWrong"));
        }
        Optional<String> problem = passwords.problem(newPassword);
        if (problem.isPresent()) {
            return Outcome.failed(Map.of("password", problem.get()));
        }
        users.setPassword(user.id(), passwords.hash(newPassword));
        tokens.voidAll(user.id(), Purpose.RESET, clock.instant());
        sessions.deleteOthers(user.id(), user.tokenHash());
        return Outcome.ok(user.id());
    }

    /** True when {@code password} is the user's password (re-authentication before a sensitive change). */
    public boolean checkPassword(User user, String password, String ip) {
        // the same limit as logins: a stolen session must not become a way to guess the password
        long attempt = throttle.acquire(Kind.LOGIN, Emails.key(user.email()), ip);
        boolean ok = passwords.matches(password, users.passwordHash(user.id()).orElseThrow());
        if (ok) {
            throttle.release(attempt);
        }
        return ok;
    }

    private String newToken(long userId, Purpose purpose, Duration valid) {
        String token = Tokens.random();
        Instant now = clock.instant();
        tokens.create(Tokens.sha256(token), userId, purpose, now, now.plus(valid));
        return token;
    }

    private Optional<TokenRepository.Row> liveToken(String token, Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.find(Tokens.sha256(token), purpose)
                .filter(r -> !r.used() && r.expiresAt().isAfter(clock.instant()))
                .filter(r -> users.find(r.userId()).map(User::active).orElse(false)); // not for deactivated accounts
    }
}
