package org.familyportal.portal.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor without a browser: keeps cookies like a browser, follows no redirects on its own (so
 * tests can see them), and can submit a Faces form with its view state.
 */
public final class PortalClient {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private static final Pattern NONCE =
            Pattern.compile("name=\"primefaces\\.nonce\" value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient http;
    private String address = "10.77." + (int) (Math.random() * 250) + "." + (int) (1 + Math.random() * 250);

    public PortalClient(URL base) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        // HTTP/1.1, as browsers speak to the portal over plain HTTP. Java's client would otherwise offer
        // HTTP/2 on every new connection (h2c), which no browser does and which Grizzly drops now and
        // then without an answer (ops/README, "HTTP/2 over plain HTTP").
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).GET());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(resolve(path)).header("X-Forwarded-For", address)
                            .timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError("Request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    /** A path on the server itself, outside the application (health checks, the OpenAPI document). */
    public HttpResponse<String> getFromServerRoot(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    public HttpResponse<String> get(String path, String acceptLanguage) {
        return getWith(path, "Accept-Language", acceptLanguage);
    }

    public HttpResponse<String> getWith(String path, String header, String value) {
        return send(HttpRequest.newBuilder(resolve(path)).header(header, value).GET());
    }

    /**
     * Submits the form {@code formId} of {@code page} (the HTML fetched before) by pressing {@code button};
     * {@code fields} are given by their ids inside the form.
     */
    public HttpResponse<String> submit(String path, String page, String formId, String button,
                                       Map<String, String> fields) {
        Matcher viewState = VIEW_STATE.matcher(page);
        if (!viewState.find()) {
            throw new AssertionError("No Faces view state on " + path);
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((id, value) -> form.put(formId + ":" + id, value));
        form.put(formId + ":" + button, "");
        form.put("jakarta.faces.ViewState", viewState.group(1));
        // Like a browser without JavaScript: the hidden fields the server rendered go along.
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Submits a multipart form with one file, as a browser uploads. */
    public HttpResponse<String> upload(String path, String page, String formId, String button, String fileField,
                                       String fileName, byte[] content) {
        Matcher viewState = VIEW_STATE.matcher(page);
        if (!viewState.find()) {
            throw new AssertionError("No Faces view state on " + path);
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        form.put(formId + ":" + button, "");
        form.put("jakarta.faces.ViewState", viewState.group(1));
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        String boundary = "----portal" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        try {
            for (Map.Entry<String, String> field : form.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                        + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + formId + ":" + fileField
                    + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return send(HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Follows one redirect answer with a GET, as a browser would. */
    public HttpResponse<String> follow(HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("Not a redirect: " + redirect.statusCode()));
        return send(HttpRequest.newBuilder(redirect.uri().resolve(location)).GET());
    }

    /** The address this visitor seems to come from (the test server trusts X-Forwarded-For from loopback). */
    public PortalClient from(String clientAddress) {
        this.address = clientAddress;
        return this;
    }

    public URI resolve(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** Sends any request as this visitor, with its cookies and address. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.header("X-Forwarded-For", address).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("Request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
