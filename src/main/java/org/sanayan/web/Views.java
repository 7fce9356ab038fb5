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

    public Views(StaticFiles statics) {
        this.statics = statics;
    }

    public void render(Context ctx, String template, Object page) {
        StringOutput out = new StringOutput(8192);
        engine.render(template, page, out);
        ctx.header("Vary", "Accept-Language, Cookie");
        ctx.html(out.toString());
    }

    public Chrome chrome(Context ctx, String title, List<Chrome.Crumb> crumbs) {
        return new Chrome(Messages.of(Lang.of(ctx)), title, ctx.path(), crumbs, statics.stylesheetHref());
    }

    public Messages messages(Context ctx) {
        return Messages.of(Lang.of(ctx));
    }
}
