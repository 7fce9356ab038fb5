package org.sanayan.account;

/** The page needs a logged-in person: the browser is sent to the login page, and back afterwards. */
public final class LoginRequired extends RuntimeException {
    public LoginRequired() {
        super("login required", null, false, false);
    }
}
