package org.sanayan.account;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Map;
import org.sanayan.web.Forms;
import org.sanayan.web.Messages;
import org.sanayan.web.Views;

/** {@code /me/account}: change the name, download all my data, delete my account. */
public final class SettingsRoutes {

    /** {@code account/settings.jte}. */
    public record SettingsPage(org.sanayan.web.Chrome chrome, String name, Map<String, String> errors, String notice) {
    }

    private final UserRepository users;
    private final AccountService accounts;
    private final Sessions sessions;
    private final DataExport export;
    private final Views views;
    private final Mailer mailer;
    private final org.sanayan.web.Client client;

    public SettingsRoutes(UserRepository users, AccountService accounts, Sessions sessions,
                          DataExport export, Views views, Mailer mailer, org.sanayan.web.Client client) {
        this.mailer = mailer;
        this.client = client;
        this.users = users;
        this.accounts = accounts;
        this.sessions = sessions;
        this.export = export;
        this.views = views;
        export.add("profile", this::profile);
    }

    public void register(RoutesConfig routes) {
        routes.get("/me/account", this::show);
        routes.post("/me/account/name", this::rename);
        routes.get("/me/export", this::download);
        routes.post("/me/delete", this::delete);
    }

    void show(Context ctx) {
        CurrentUser user = Sessions.require(ctx);
        render(ctx, user.user().name(), Map.of(), "name".equals(ctx.queryParam("notice")) ? "settings.renamed" : null);
    }

    void rename(Context ctx) {
        CurrentUser user = Sessions.require(ctx);
        String name = Forms.field(ctx, "name", 200).strip();
        var problem = Names.problem(name);
        if (problem.isPresent()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            render(ctx, name, Map.of("name", problem.get()), null);
            return;
        }
        users.setName(user.id(), name);
        ctx.redirect("/me/account?notice=name", HttpStatus.SEE_OTHER);
    }

    void download(Context ctx) {
        CurrentUser user = Sessions.require(ctx);
        ctx.header("Content-Disposition", "attachment; filename=\"sanayan-my-data.json\"");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(export.export(user.id()));
    }

    void delete(Context ctx) {
        CurrentUser user = Sessions.require(ctx);
        if (!accounts.checkPassword(user.user(), Forms.field(ctx, "password", 1000), client.ip(ctx))) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            render(ctx, user.user().name(), Map.of("delete", "password.currentWrong"), null);
            return;
        }
        sessions.end(ctx);
        users.deleteWithCounts(user.id(), Emails.key(user.user().email()));
        mailer.forget(user.user().email());
        Messages t = views.messages(ctx);
        views.render(ctx, "account/notice.jte", new AccountPages.NoticePage(views.chrome(ctx,
                t.t("settings.deleted.title"), List.of()), t.t("settings.deleted.title"), t.t("settings.deleted.text"),
                "/", t.t("catalog.title")));
    }

    private void render(Context ctx, String name, Map<String, String> errorKeys, String noticeKey) {
        Messages t = views.messages(ctx);
        views.render(ctx, "account/settings.jte", new SettingsPage(views.chrome(ctx, t.t("settings.title"),
                List.of()), name, Forms.messages(t, errorKeys), noticeKey == null ? null : t.t(noticeKey)));
    }

    private jakarta.json.JsonValue profile(long userId) {
        User u = users.find(userId).orElseThrow();
        JsonArrayBuilder roles = Json.createArrayBuilder();
        users.roles(userId).forEach(g -> {
            var r = Json.createObjectBuilder().add("role", g.role().word());
            if (g.schoolId() != null) {
                r.add("school", g.schoolId());
            }
            roles.add(r);
        });
        var p = Json.createObjectBuilder().add("name", u.name()).add("email", u.email()).add("language", u.lang())
                .add("email_verified", u.verified()).add("active", u.active())
                .add("created_at", u.createdAt().toString()).add("roles", roles);
        users.consentAt(userId).ifPresent(c -> p.add("privacy_consent_at", c));
        return p.build();
    }
}
