package org.sanayan.account;

/** The person behind a request, with their session's token hash and CSRF token. */
public record CurrentUser(User user, String tokenHash, String csrf, boolean admin) {

    public long id() {
        return user.id();
    }
}
