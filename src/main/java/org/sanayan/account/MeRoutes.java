package org.sanayan.account;

import gg.jte.Content;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import org.sanayan.account.AccountPages.MePage;
import org.sanayan.web.Messages;
import org.sanayan.web.Views;

/** The learner's home page, {@code /me}. Features add sections to it through {@link #addSection}. */
public final class MeRoutes {

    private static final Set<String> NOTICES = Set.of("verifySent", "passwordReset");

    private final Views views;
    private final ZoneId zone;
    private final List<BiFunction<Context, CurrentUser, Content>> sections = new ArrayList<>();

    public MeRoutes(Views views, ZoneId zone) {
        this.views = views;
        this.zone = zone;
    }

    /** Adds a section (rendered HTML) below the account summary, in the order added. */
    public void addSection(BiFunction<Context, CurrentUser, Content> section) {
        sections.add(section);
    }

    public void register(RoutesConfig routes) {
        routes.get("/me", this::me);
    }

    void me(Context ctx) {
        CurrentUser user = Sessions.require(ctx);
        Messages t = views.messages(ctx);
        String notice = ctx.queryParam("notice");
        String since = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.forLanguageTag(t.lang())).withZone(zone).format(user.user().createdAt());
        List<Content> rendered = new ArrayList<>();
        sections.forEach(s -> rendered.add(s.apply(ctx, user)));
        views.render(ctx, "account/me.jte", new MePage(views.chrome(ctx, t.t("me.title"), List.of()),
                user.user().name(), user.user().email(), user.user().verified(), since,
                notice != null && NOTICES.contains(notice) ? t.t("me.notice." + notice) : null, rendered));
    }
}
