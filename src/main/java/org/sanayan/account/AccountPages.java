package org.sanayan.account;

import gg.jte.Content;
import java.util.List;
import java.util.Map;
import org.sanayan.web.Chrome;

/** The page records of the account templates, one per template. */
public final class AccountPages {

    private AccountPages() {
    }

    /** {@code account/signup.jte}: the values entered (never the password) and a message per field. */
    public record SignupPage(Chrome chrome, String name, String email, boolean consent, Map<String, String> errors,
                             String next) {
        /** {@code ?next=...} for a link to the other form, so the learner still comes back. */
        public String nextQuery() {
            return org.sanayan.web.Forms.nextQuery(next);
        }
    }

    /** {@code account/login.jte}. */
    public record LoginPage(Chrome chrome, String email, String next, String error) {
        /** {@code ?next=...} for a link to the other form, so the learner still comes back. */
        public String nextQuery() {
            return org.sanayan.web.Forms.nextQuery(next);
        }
    }

    /** {@code account/forgot.jte}: {@code sent} shows the same confirmation whether or not the email exists. */
    public record ForgotPage(Chrome chrome, String email, boolean sent, String error) {
    }

    /** {@code account/reset.jte}. */
    public record ResetPage(Chrome chrome, String token, Map<String, String> errors) {
    }

    /** {@code account/notice.jte}: a short outcome (email verified, link expired...) with one link onwards. */
    public record NoticePage(Chrome chrome, String heading, String text, String linkHref, String linkLabel) {
    }

    /** {@code account/password.jte}. */
    public record PasswordPage(Chrome chrome, Map<String, String> errors, boolean changed) {
    }

    /** {@code account/me.jte}: the learner's home. Later features add their sections. */
    public record MePage(Chrome chrome, String name, String email, boolean verified, String memberSince,
                         String notice, List<Content> sections) {
    }

    /** {@code privacy.jte}. */
    public record PrivacyPage(Chrome chrome, Content body, java.util.Optional<String> contact) {
    }
}
