package org.sanayan.account;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sanayan.account.AccountPages.ForgotPage;
import org.sanayan.account.AccountPages.LoginPage;
import org.sanayan.account.AccountPages.NoticePage;
import org.sanayan.account.AccountPages.PasswordPage;
import org.sanayan.account.AccountPages.ResetPage;
import org.sanayan.account.AccountPages.SignupPage;
import org.sanayan.web.Client;
import org.sanayan.web.Forms;
import org.sanayan.web.Lang;
import org.sanayan.web.Messages;
import org.sanayan.web.Views;

/** Sign-up, login and logout, email verification, forgotten and changed passwords. */
public final class AccountRoutes {

    private final AccountService accounts;
    private final Sessions sessions;
    private final Views views;
    private final Client client;

    public AccountRoutes(AccountService accounts, Sessions sessions, Views views, Client client) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.views = views;
        this.client = client;
    }

    public void register(RoutesConfig routes) {
        routes.get("/signup", this::signupForm);
        routes.post("/signup", this::signup);
        routes.get("/login", this::loginForm);
        routes.post("/login", this::login);
        routes.post("/logout", this::logout);
        routes.get("/verify", this::verify);
        routes.post("/verify/resend", this::resendVerification);
        routes.get("/password/forgot", this::forgotForm);
        routes.post("/password/forgot", this::forgot);
        routes.get("/password/reset", this::resetForm);
        routes.post("/password/reset", this::reset);
        routes.get("/me/password", this::passwordForm);
        routes.post("/me/password", this::changePassword);
    }

    void signupForm(Context ctx) {
        String next = Forms.safeNext(ctx.queryParam("next"));
        if (Sessions.current(ctx).isPresent()) {
            ctx.redirect(next, HttpStatus.SEE_OTHER);
            return;
        }
        Messages t = views.messages(ctx);
        views.render(ctx, "account/signup.jte", new SignupPage(views.chrome(ctx, t.t("signup.title"), List.of()),
                "", "", false, Map.of(), next));
    }

    void signup(Context ctx) {
        var form = new AccountService.Signup(Forms.field(ctx, "name", 200), Forms.field(ctx, "email", 300),
                Forms.field(ctx, "password", 1000), Forms.checked(ctx, "consent"));
        AccountService.Outcome outcome = accounts.signup(form, Lang.of(ctx), client.ip(ctx));
        String next = Forms.safeNext(ctx.formParam("next")); // back to the lesson that asked for an account
        if (outcome.succeeded()) {
            sessions.start(ctx, outcome.userId().get());
            ctx.redirect(next, HttpStatus.SEE_OTHER);
            return;
        }
        Messages t = views.messages(ctx);
        ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        views.render(ctx, "account/signup.jte", new SignupPage(views.chrome(ctx, t.t("signup.title"), List.of()),
                form.name(), form.email(), form.consent(), Forms.messages(t, outcome.errors()), next));
    }

    void loginForm(Context ctx) {
        String next = Forms.safeNext(ctx.queryParam("next"));
        if (Sessions.current(ctx).isPresent()) {
            ctx.redirect(next, HttpStatus.SEE_OTHER);
            return;
        }
        Messages t = views.messages(ctx);
        views.render(ctx, "account/login.jte", new LoginPage(views.chrome(ctx, t.t("login.title"), List.of()), "",
                next, null));
    }

    void login(Context ctx) {
        String email = Forms.field(ctx, "email", 300);
        String next = Forms.safeNext(ctx.formParam("next"));
        Optional<User> user = accounts.login(email, Forms.field(ctx, "password", 1000), client.ip(ctx));
        if (user.isPresent()) {
            sessions.start(ctx, user.get().id());
            ctx.redirect(next, HttpStatus.SEE_OTHER);
            return;
        }
        Messages t = views.messages(ctx);
        ctx.status(HttpStatus.UNAUTHORIZED);
        views.render(ctx, "account/login.jte", new LoginPage(views.chrome(ctx, t.t("login.title"), List.of()), email,
                next, t.t("login.failed")));
    }

    void logout(Context ctx) {
        sessions.end(ctx);
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    void verify(Context ctx) {
        Messages t = views.messages(ctx);
        AccountService.Verification result = accounts.verify(ctx.queryParam("token"));
        if (result == AccountService.Verification.INVALID) {
            ctx.status(HttpStatus.BAD_REQUEST);
        }
        String key = switch (result) {
            case VERIFIED -> "verify.done";
            case ALREADY_VERIFIED -> "verify.already";
            case INVALID -> "verify.invalid";
        };
        views.render(ctx, "account/notice.jte", new NoticePage(views.chrome(ctx, t.t(key + ".title"), List.of()),
                t.t(key + ".title"), t.t(key + ".text"), "/me", t.t("nav.me")));
    }

    void resendVerification(Context ctx) {
        CurrentUser user = Sessions.require(ctx);
        if (!user.user().verified()) {
            accounts.sendVerification(user.user(), client.ip(ctx));
        }
        ctx.redirect("/me?notice=verifySent", HttpStatus.SEE_OTHER);
    }

    void forgotForm(Context ctx) {
        Messages t = views.messages(ctx);
        views.render(ctx, "account/forgot.jte", new ForgotPage(views.chrome(ctx, t.t("forgot.title"), List.of()), "",
                false, null));
    }

    void forgot(Context ctx) {
        Messages t = views.messages(ctx);
        String email = Forms.field(ctx, "email", 300);
        if (!Emails.plausible(email)) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            views.render(ctx, "account/forgot.jte", new ForgotPage(views.chrome(ctx, t.t("forgot.title"), List.of()),
                    email, false, t.t("signup.email.invalid")));
            return;
        }
        accounts.requestReset(email, client.ip(ctx));
        views.render(ctx, "account/forgot.jte", new ForgotPage(views.chrome(ctx, t.t("forgot.title"), List.of()),
                email, true, null));
    }

    void resetForm(Context ctx) {
        ctx.header("Cache-Control", "no-store"); // the page holds a live reset token
        String token = ctx.queryParam("token");
        if (!accounts.resetTokenValid(token)) {
            invalidResetLink(ctx);
            return;
        }
        Messages t = views.messages(ctx);
        views.render(ctx, "account/reset.jte", new ResetPage(views.chrome(ctx, t.t("reset.title"), List.of()), token,
                Map.of()));
    }

    void reset(Context ctx) {
        String token = Forms.field(ctx, "token", 200);
        AccountService.Outcome outcome = accounts.reset(token, Forms.field(ctx, "password", 1000));
        if (outcome.succeeded()) {
            sessions.start(ctx, outcome.userId().get());
            ctx.redirect("/me?notice=passwordReset", HttpStatus.SEE_OTHER);
            return;
        }
        if (outcome.errors().containsKey("token")) {
            invalidResetLink(ctx);
            return;
        }
        Messages t = views.messages(ctx);
        ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        views.render(ctx, "account/reset.jte", new ResetPage(views.chrome(ctx, t.t("reset.title"), List.of()), token,
                Forms.messages(t, outcome.errors())));
    }

    private void invalidResetLink(Context ctx) {
        Messages t = views.messages(ctx);
        ctx.status(HttpStatus.BAD_REQUEST);
        views.render(ctx, "account/notice.jte", new NoticePage(views.chrome(ctx, t.t("reset.invalid.title"),
                List.of()), t.t("reset.invalid.title"), t.t("reset.invalid"), "/password/forgot",
                t.t("forgot.title")));
    }

    void passwordForm(Context ctx) {
        Sessions.require(ctx);
        Messages t = views.messages(ctx);
        views.render(ctx, "account/password.jte", new PasswordPage(views.chrome(ctx, t.t("password.title"),
                List.of()), Map.of(), "1".equals(ctx.queryParam("changed"))));
    }

    void changePassword(Context ctx) {
        CurrentUser user = Sessions.require(ctx);
        AccountService.Outcome outcome = accounts.changePassword(user, Forms.field(ctx, "current", 1000),
                Forms.field(ctx, "password", 1000), client.ip(ctx));
        if (outcome.succeeded()) {
            ctx.redirect("/me/password?changed=1", HttpStatus.SEE_OTHER);
            return;
        }
        Messages t = views.messages(ctx);
        ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        views.render(ctx, "account/password.jte", new PasswordPage(views.chrome(ctx, t.t("password.title"),
                List.of()), Forms.messages(t, outcome.errors()), false));
    }
}
