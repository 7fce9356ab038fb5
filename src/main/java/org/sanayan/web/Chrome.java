package org.sanayan.web;

import java.util.List;

/**
 * What the layout needs on every page: the reader's language and strings, the page title, where the page is
 * (for the language switch), the breadcrumb trail, the stylesheet's address, who is logged in and the CSRF token
 * for the page's forms.
 */
public record Chrome(Messages t, String title, String path, String query, List<Crumb> crumbs, String stylesheet,
                     java.util.Optional<String> userName, boolean admin, String csrf) {

    /** One step of the breadcrumb trail; the last one is the current page and has no link. */
    public record Crumb(String label, String href) {
    }

    public Chrome {
        crumbs = List.copyOf(crumbs);
    }

    public String lang() {
        return t.lang();
    }

    /** The same page in the other language, with its other query parameters kept: the switch links here. */
    public String otherLangHref() {
        StringBuilder kept = new StringBuilder();
        if (query != null) {
            for (String part : query.split("&")) {
                if (!part.isEmpty() && !part.startsWith("lang=")) {
                    kept.append(part).append('&');
                }
            }
        }
        // query only: the browser keeps the page's own path, so no path (not even "//elsewhere") is echoed back
        return "?" + kept + "lang=" + otherLang();
    }

    /**
     * {@code ?next=} for the header's log-in and sign-up links, so a learner comes back to this page; nothing on the
     * pages of logging in and signing up themselves.
     */
    public String nextQuery() {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.equals("/login")
                || path.equals("/signup") || path.startsWith("/password/")) {
            return "";
        }
        return Forms.nextQuery(path);
    }

    public String otherLang() {
        return Messages.FILIPINO.equals(t.lang()) ? Messages.ENGLISH : Messages.FILIPINO;
    }
}
