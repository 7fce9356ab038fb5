package org.sanayan;

import io.javalin.testtools.HttpClient;
import io.javalin.testtools.Response;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        Response r = client.request(path, req -> {
            req.header("Content-Type", "application/x-www-form-urlencoded");
            req.post(HttpRequest.BodyPublishers.ofString(body));
        });
        return page(r);
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
