package org.sanayan;

import io.javalin.testtools.HttpClient;
import io.javalin.testtools.Response;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A browser-like client for web tests: GET and form POST, cookies kept, redirects returned as they are. */
public final class Web {

    /** One answer: status, body and headers. */
    public record Page(int status, String body, java.util.function.Function<String, List<String>> headers) {
        public String header(String name) {
            List<String> values = headers.apply(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public List<String> headers(String name) {
            List<String> values = headers.apply(name);
            return values == null ? List.of() : values;
        }
    }

    private final HttpClient client;
    private final java.net.http.HttpClient http;

    Web(HttpClient client, java.net.http.HttpClient http) {
        this.client = client;
        this.http = http;
    }

    public String origin() {
        return client.getOrigin();
    }

    /** GET {@code path}, with extra headers given as name, value, name, value... */
    public Page get(String path, String... headers) {
        Response r = client.get(path, req -> {
            for (int i = 0; i + 1 < headers.length; i += 2) {
                req.header(headers[i], headers[i + 1]);
            }
        });
        return page(r);
    }

    /** GET with the path sent exactly as written (no client-side normalisation of dot segments). */
    public Page getRaw(String rawPath) throws Exception {
        try (java.net.Socket s = new java.net.Socket("localhost", java.net.URI.create(origin()).getPort())) {
            s.getOutputStream().write(("GET " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String raw = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(raw.substring(9, 12));
            Map<String, List<String>> hs = new LinkedHashMap<>();
            String[] parts = raw.split("\r\n\r\n", 2);
            for (String line : parts[0].split("\r\n")) {
                int c = line.indexOf(':');
                if (c > 0) {
                    hs.computeIfAbsent(line.substring(0, c).strip().toLowerCase(), k -> new java.util.ArrayList<>())
                            .add(line.substring(c + 1).strip());
                }
            }
            return new Page(status, parts.length > 1 ? parts[1] : "", name -> hs.get(name.toLowerCase()));
        }
    }

    /** POST a form ({@code application/x-www-form-urlencoded}) with the fields given as name, value, ... */
    public Page post(String path, String... fields) {
        return postWithHeaders(path, new String[0], fields);
    }

    /** POST a form with extra request headers (name, value, ...). */
    public Page postWithHeaders(String path, String[] headers, String... fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(enc(fields[i])).append('=').append(enc(fields[i + 1])); // a name may repeat (checkboxes)
        }
        String body = sb.toString();
        Response r = client.request(path, req -> {
            req.header("Content-Type", "application/x-www-form-urlencoded");
            for (int i = 0; i + 1 < headers.length; i += 2) {
                req.header(headers[i], headers[i + 1]);
            }
            req.post(HttpRequest.BodyPublishers.ofString(body));
        });
        return page(r);
    }

    /** POST a body exactly as given, as a form (for bodies a browser would never send). */
    public Page postRaw(String path, String body) {
        Response r = client.request(path, req -> {
            req.header("Content-Type", "application/x-www-form-urlencoded");
            req.post(HttpRequest.BodyPublishers.ofString(body));
        });
        return page(r);
    }

    /** The CSRF token in a page's forms. */
    public static String csrf(Page page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("no CSRF token in the page: " + page.body());
        }
        return m.group(1);
    }

    /** Opens {@code formPath}, then posts its form to {@code action} with the page's CSRF token. */
    public Page submit(String formPath, String action, String... fields) {
        Page form = get(formPath);
        if (form.status() >= 300 && form.status() < 400) {
            form = get(form.header("Location"));
        }
        String token = csrf(form);
        String[] all = java.util.Arrays.copyOf(fields, fields.length + 2);
        all[fields.length] = "_csrf";
        all[fields.length + 1] = token;
        return post(action, all);
    }

    /** The value of a cookie this client holds, or null. */
    public String cookie(String name) {
        var handler = (java.net.CookieManager) http.cookieHandler().orElseThrow();
        return handler.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    public void clearCookies() {
        ((java.net.CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().removeAll();
    }

    public void setCookie(String name, String value) {
        var c = new java.net.HttpCookie(name, value);
        c.setPath("/");
        c.setVersion(0);
        ((java.net.CookieManager) http.cookieHandler().orElseThrow()).getCookieStore()
                .add(java.net.URI.create(origin()), c);
    }

    /** A second browser on the same server: its own cookies. */
    public Web otherBrowser() {
        java.net.http.HttpClient other = java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).cookieHandler(new java.net.CookieManager())
                .build();
        return new Web(new HttpClient(client.getApp(), other), other);
    }

    public java.net.http.HttpClient http() {
        return http;
    }

    private static Page page(Response r) {
        return new Page(r.code(), r.body().string(), name -> r.headers().get(name));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
