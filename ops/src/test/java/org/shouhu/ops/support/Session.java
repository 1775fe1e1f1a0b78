package org.shouhu.ops.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person signed in to the web interface without a browser: the login form with its CSRF
 * token, then pages read with the session cookie, in the language asked for.
 */
public final class Session {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final String base;

    private Session(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Nobody signed in: what the login page shows. */
    public static Session anonymous(int port) {
        return new Session(port);
    }

    public static Session signIn(int port, String account, String password) {
        Session session = new Session(port);
        HttpResponse<String> answer = session.submitSignIn(account, password);
        if (answer.uri().getPath().equals("/login")) {
            throw new AssertionError("sign-in refused for " + account);
        }
        return session;
    }

    /** Fills in and sends the sign-in form; the answer is the page it ends on (after redirects). */
    public HttpResponse<String> submitSignIn(String account, String password) {
        Matcher token = CSRF.matcher(get("/login").body());
        if (!token.find()) {
            throw new AssertionError("the login page has no CSRF token");
        }
        String form = "username=" + encode(account) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        return send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /** A JSON call to the API riding on the session, with the page's CSRF token when given. */
    public HttpResponse<String> post(String path, String json, String csrfToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").header("X-Requested-With", "fetch")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (csrfToken != null) {
            request.header("X-CSRF-TOKEN", csrfToken);
        }
        return send(request.build());
    }

    /** The CSRF token a page of the interface carries for its scripts. */
    public String csrfToken() {
        Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(get("/ui/roster").body());
        if (!token.find()) {
            throw new AssertionError("the page carries no CSRF token");
        }
        return token.group(1);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
