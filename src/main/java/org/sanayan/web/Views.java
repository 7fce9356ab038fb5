package org.sanayan.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.List;

/** Renders precompiled jte templates (one page record each) and builds the layout's {@link Chrome}. */
public final class Views {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
    private final StaticFiles statics;
    private final java.util.function.Predicate<Context> secure;

    public Views(StaticFiles statics, java.util.function.Predicate<Context> secure) {
        this.statics = statics;
        this.secure = secure;
    }

    /** Renders with status 200, or the status already set (a form shown again with errors). */
    public void render(Context ctx, String template, Object page) {
        StringOutput out = new StringOutput(8192);
        engine.render(template, page, out);
        ctx.header("Vary", "Accept-Language, Cookie");
        if (org.sanayan.account.Sessions.current(ctx).isPresent()) {
            // a page with someone's name, progress or answers stays out of every cache, the back button's included
            ctx.header("Cache-Control", "private, no-store");
        }
        ctx.contentType("text/html; charset=utf-8").result(out.toString());
    }

    /** Renders a partial template (a section of a bigger page) to HTML that the page writes as it is. */
    public gg.jte.Content content(String template, Object model) {
        StringOutput out = new StringOutput(2048);
        engine.render(template, model, out);
        String html = out.toString();
        return output -> output.writeContent(html);
    }

    public Chrome chrome(Context ctx, String title, List<Chrome.Crumb> crumbs) {
        var user = org.sanayan.account.Sessions.current(ctx);
        return new Chrome(Messages.of(Lang.of(ctx)), title, ctx.path(), ctx.queryString(), crumbs,
                statics.stylesheetHref(),
                user.map(u -> u.user().name()), user.map(org.sanayan.account.CurrentUser::admin).orElse(false),
                Csrf.token(ctx, secure.test(ctx)));
    }

    /** The CSRF token for this page's forms. */
    public String csrf(Context ctx) {
        return Csrf.token(ctx, secure.test(ctx));
    }

    public Messages messages(Context ctx) {
        return Messages.of(Lang.of(ctx));
    }
}
