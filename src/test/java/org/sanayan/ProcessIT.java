package org.sanayan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar as a real process: acknowledged writes survive {@code kill -9}, and the database is intact after.
 */
class ProcessIT {

    @TempDir
    Path data;

    private Process start(int port) throws IOException {
        Path jar = Path.of("target/sanayan.jar").toAbsolutePath();
        assertTrue(Files.exists(jar), "build the jar first (mvn package)");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-jar", jar.toString(), "serve");
        pb.environment().put("PORT", String.valueOf(port));
        pb.environment().put("SANAYAN_DATA", data.toString());
        pb.environment().put("SANAYAN_CONTENT", Path.of("src/test/resources/fixtures/web").toAbsolutePath().toString());
        pb.environment().put("SANAYAN_BCRYPT_COST", "4");
        pb.redirectErrorStream(true).redirectOutput(data.resolve("server-" + port + ".log").toFile());
        return pb.start();
    }

    private static void waitForHealth(HttpClient http, int port) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                var r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server did not start within 30 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static HttpResponse<String> get(HttpClient http, int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient http, int port, String formPath, String action,
                                             String... fields) throws Exception {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get(http, port, formPath).body());
        assertTrue(m.find(), "a CSRF token on " + formPath);
        StringBuilder body = new StringBuilder("_csrf=" + m.group(1));
        for (int i = 0; i + 1 < fields.length; i += 2) {
            body.append('&').append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void progress_acknowledged_before_kill_9_is_there_after_a_restart_and_the_database_is_intact() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        int port = freePort();
        Process server = start(port);
        try {
            waitForHealth(http, port);
            assertEquals(303, post(http, port, "/signup", "/signup", "name", "Kim", "email", "kim@example.ph",
                    "password", "kape-at-pandesal-2026", "consent", "1").statusCode());
            assertEquals(303, post(http, port, "/courses/demo/basics/hello", "/courses/demo/basics/hello/complete")
                    .statusCode());
            assertEquals(303, post(http, port, "/courses/demo/basics/next", "/courses/demo/basics/next/complete")
                    .statusCode());
        } finally {
            server.destroyForcibly(); // SIGKILL: no shutdown hook, no orderly close
            server.waitFor();
        }

        int port2 = freePort();
        Process again = start(port2);
        try {
            HttpClient fresh = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            waitForHealth(fresh, port2);
            assertEquals(303, post(fresh, port2, "/login", "/login", "email", "kim@example.ph", "password",
                    "kape-at-pandesal-2026").statusCode());
            assertTrue(get(fresh, port2, "/courses/demo").body().contains("2 of 3 lessons, 66%"));
        } finally {
            again.destroyForcibly();
            again.waitFor();
        }

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("sanayan.db"));
             ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            assertTrue(rs.next());
            assertEquals("ok", rs.getString(1));
        }
    }
}
