package org.sanayan;

/** Sign-up and login through the real forms, for tests of every feature. */
public final class Accounts {

    public static final String PASSWORD = "kape-at-pandesal-2026";

    private Accounts() {
    }

    public static Web.Page signup(Web web, String name, String email, String password) {
        return web.submit("/signup", "/signup", "name", name, "email", email, "password", password, "consent", "1");
    }

    public static Web.Page login(Web web, String email, String password) {
        return web.submit("/login", "/login", "email", email, "password", password);
    }
}
