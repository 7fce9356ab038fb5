package org.sanayan.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The page Jetty itself sends when a request never reaches the app (a malformed or over-long address): the same
 * security headers as every other answer, a short message in English and Filipino, and nothing about the server.
 */
public final class JettyErrorPage extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() >= 400 ? response.getStatus() : 400;
        String key = status == 404 ? "error.404" : status >= 500 ? "error.500" : "error.400";
        Messages en = Messages.of(Messages.ENGLISH);
        Messages fil = Messages.of(Messages.FILIPINO);
        String body = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                + en.t(key + ".title") + " · Sanayan</title></head><body>"
                + "<h1>" + en.t(key + ".title") + "</h1><p>" + en.t(key + ".text") + "</p>"
                + "<h2 lang=\"fil\">" + fil.t(key + ".title") + "</h2><p lang=\"fil\">" + fil.t(key + ".text") + "</p>"
                + "<p><a href=\"/\">" + en.t("error.home") + "</a> · <a href=\"/\" lang=\"fil\">" + fil.t("error.home")
                + "</a></p></body></html>\n";
        HttpFields.Mutable headers = response.getHeaders();
        headers.put("Content-Security-Policy", SecurityHeaders.CSP);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("X-Frame-Options", "DENY");
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        headers.put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        response.setStatus(status);
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
