package org.sanayan.account;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.sanayan.content.Html;
import org.sanayan.content.Markdown;
import org.sanayan.web.Messages;
import org.sanayan.web.TrustedHtml;
import org.sanayan.web.Views;

/** The privacy notice at {@code /privacy}, in English and Filipino, rendered once from Markdown resources. */
public final class PrivacyRoutes {

    private final Views views;
    private final Map<String, Html> notices;
    private final java.util.Optional<String> contact;

    /** @param contact the operator's contact details (SANAYAN_PRIVACY_CONTACT), shown as plain text */
    public PrivacyRoutes(Views views, Markdown markdown, java.util.Optional<String> contact) {
        this.views = views;
        this.contact = contact;
        this.notices = Map.of(Messages.ENGLISH, load(markdown, "/privacy/privacy.md"),
                Messages.FILIPINO, load(markdown, "/privacy/privacy.fil.md"));
    }

    public void register(RoutesConfig routes) {
        routes.get("/privacy", this::show);
    }

    void show(Context ctx) {
        Messages t = views.messages(ctx);
        views.render(ctx, "privacy.jte", new AccountPages.PrivacyPage(views.chrome(ctx, t.t("privacy.title"),
                List.of()), TrustedHtml.of(notices.get(t.lang())), contact));
    }

    private static Html load(Markdown markdown, String resource) {
        try (InputStream in = PrivacyRoutes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return markdown.render(new String(in.readAllBytes(), StandardCharsets.UTF_8), Markdown.Links.KEEP).html();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
