package org.familyportal.portal.it;

import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fuzzer against every public page, form and API endpoint, bounded to run in well under a minute:
 * odd, huge, negative, non-UTF-8 and injection-like values in every query parameter; malformed
 * Accept-Language, If-None-Match, Accept, Content-Type, Cookie and Host headers; JSON bodies of wrong
 * types, huge numbers, deep nesting, truncated, in wrong encodings; and forms posted as a browser
 * without JavaScript would, with fields missing, duplicated, oversize, with markup or raw bytes, without
 * or with a wrong nonce or view state. No answer may be a 5xx, carry a stack trace or an exception's
 * class name, or echo the marker {@code <script>x</script>} unescaped in HTML; an API error is always
 * problem+json. It prints the number of cases and the statuses seen.
 */
@PortalContainerTest
class FuzzIT {

    private static final String MARKER = "<script>x</script>";
    private static final Pattern STACK_TRACE = Pattern.compile(
            "(?m)^\\s*at [\\w$]+(\\.[\\w$<>]+)+\\(|Caused by:|\\.java:\\d+\\)");
    private static final Pattern EXCEPTION_NAME = Pattern.compile(
            "\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error)\\b|\\b[A-Z]\\w*Exception\\b|\\b(?:OutOfMemory|StackOverflow)Error\\b");
    /** PrimeFaces' client settings name the exception types that web.xml maps to error pages: configuration, not a leak. */
    private static final Pattern ERROR_PAGE_SETTINGS = Pattern.compile("errorPages:\\{[^}]*\\}");
    private static final byte[] NOT_UTF8 = {(byte) 0xFF, (byte) 0xFE, (byte) 0xC3, (byte) 0x28};

    /** Odd, huge, negative, non-UTF-8 and injection-like values (percent-encoded as sent). */
    private static final List<String> VALUES = List.of("", "-1", "1e309", "9".repeat(40), "%00", enc(MARKER),
            enc("' OR 1=1 --"), "%FF%FE", "a".repeat(3000), enc("ё😀\u202e\" onmouseover=\"x"));
    /** A few more, for the parameters that read numbers, dates and ids. */
    private static final List<String> MORE_VALUES = List.of("0", "NaN", "-Infinity", "2147483648", "1,2,3", "%C3%28",
            "%E0%A4%A", "%25", "2024-13-45T25:61", "00000000-0000-0000-0000-000000000000", enc("{\"$gt\":\"\"}"));

    /**
     * Values that make a path undecodable (a broken escape, not UTF-8, an escaped % or NUL): Payara's
     * connector answers them itself, before any filter, with "400 Invalid URI" or an empty 200.
     */
    private static final Set<String> UNDECODABLE_IN_A_PATH = Set.of("%E0%A4%A", "%25", "%00", "%FF%FE", "%C3%28");

    private static final List<String> PAGES = List.of("/", "/index.xhtml", "/find-help.xhtml", "/service.xhtml",
            "/ask-for-help.xhtml", "/request-status.xhtml", "/sign-in.xhtml", "/articles",
            "/articles/kak-oformit-edinoe-posobie-na-detey", "/measures/maternity-capital", "/for-organisations.xhtml", "/privacy.xhtml", "/for-organisations/sign-up.xhtml",
            "/for-organisations/confirm.xhtml");
    private static final List<String> SEARCH_PARAMETERS = List.of("q", "place", "lat", "lon", "radius", "category",
            "audience", "format", "provider", "municipality", "free", "open_now", "sort", "page", "language", "accessible");
    private static final Map<String, List<String>> HSDS = Map.of(
            "/api/hsds/services", List.of("page", "per_page", "taxonomy_term_id", "organization_id", "modified_after", "search"),
            "/api/hsds/service_at_locations", List.of("page", "per_page", "taxonomy_term_id", "organization_id", "postcode", "proximity"),
            "/api/hsds/organizations", List.of("page", "per_page"),
            "/api/hsds/taxonomies", List.of("page", "per_page"),
            "/api/hsds/taxonomy_terms", List.of("page", "per_page", "taxonomy_id"));

    @ArquillianResource
    URL portal;

    /** HTTP/1.1, as browsers speak to the portal over plain HTTP (see PortalClient). */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final AtomicInteger addresses = new AtomicInteger();

    /** One request and what came back. */
    private record Outcome(String what, boolean api, int status, String contentType, String body) {
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void noInputMakesTheServerFailOrLeak() throws Exception {
        List<Supplier<List<Outcome>>> cases = new ArrayList<>();
        queries(cases);
        headers(cases);
        bodies(cases);
        forms(cases);

        long started = System.nanoTime();
        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Outcome>>> running = new ArrayList<>();
            for (Supplier<List<Outcome>> fuzzCase : cases) {
                running.add(pool.submit(fuzzCase::get));
            }
            for (Future<List<Outcome>> result : running) {
                outcomes.addAll(result.get());
            }
        } finally {
            pool.shutdownNow();
        }

        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (Outcome o : outcomes) {
            statuses.merge(o.status(), 1, Integer::sum);
            String body = ERROR_PAGE_SETTINGS.matcher(o.body()).replaceAll("");
            if (o.status() >= 500) {
                failures.add(o.status() + " " + o.what());
            }
            if (STACK_TRACE.matcher(body).find() || EXCEPTION_NAME.matcher(body).find()) {
                failures.add("stack trace or exception name in " + o.what() + ": " + excerpt(body));
            }
            if (o.contentType().startsWith("text/html") && body.contains(MARKER)) {
                failures.add("unescaped marker in " + o.what());
            }
            if (o.api() && o.status() >= 400 && !o.contentType().startsWith("application/problem+json")) {
                failures.add("API error " + o.status() + " not as problem+json (" + o.contentType() + ") for " + o.what());
            }
        }
        String summary = "FuzzIT: " + cases.size() + " cases, " + outcomes.size() + " requests in "
                + (System.nanoTime() - started) / 1_000_000 + " ms; statuses " + statuses + "; failures " + failures.size();
        System.out.println(summary);
        failures.stream().limit(40).forEach(f -> System.out.println("  " + f));
        assertTrue(failures.isEmpty(), summary + "\n" + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }

    // --- query values of every page and API endpoint ---------------------------------------------

    private void queries(List<Supplier<List<Outcome>>> cases) {
        for (String page : PAGES) {
            cases.add(() -> List.of(get(page)));
            cases.add(() -> List.of(raw("GET", page + "?q=", NOT_UTF8, "", null, null)));
        }
        for (String parameter : SEARCH_PARAMETERS) {
            for (String value : VALUES) {
                cases.add(() -> List.of(get("/api/search?" + parameter + "=" + value)));
            }
            for (String value : List.of("", "-1", enc(MARKER), "%FF%FE", "9".repeat(40))) {
                cases.add(() -> List.of(get("/find-help.xhtml?" + parameter + "=" + value)));
            }
            cases.add(() -> List.of(raw("GET", "/api/search?" + parameter + "=", NOT_UTF8, "", null, null)));
        }
        List<String> all = new ArrayList<>(VALUES);
        all.addAll(MORE_VALUES);
        for (String value : all) {
            cases.add(() -> List.of(get("/api/search?lat=52.28&lon=" + value + "&radius=" + value + "&sort=distance")));
            cases.add(() -> List.of(get("/api/search/suggest?q=" + value)));
            cases.add(() -> List.of(get("/api/search/places?q=" + value)));
            cases.add(() -> List.of(get("/service.xhtml?id=" + value)));
            cases.add(() -> List.of(get("/request-status.xhtml?number=" + value + "&code=" + value)));
            for (String record : List.of("services", "organizations", "taxonomies", "taxonomy_terms", "service_at_locations")) {
                if (!UNDECODABLE_IN_A_PATH.contains(value)) {
                    // Undecodable paths are the container's, before the application (EdgeHardeningIT).
                    cases.add(() -> List.of(get("/api/hsds/" + record + "/" + value)));
                }
            }
        }
        for (String value : List.of("", "-1", "1e309", "9".repeat(40), "%FF%FE", enc(MARKER), "NaN", "2147483648",
                "1,2,3", "2024-13-45T25:61", "00000000-0000-0000-0000-000000000000", "91,181")) {
            HSDS.forEach((path, parameters) -> parameters.forEach(parameter ->
                    cases.add(() -> List.of(get(path + "?" + parameter + "=" + value + "&page=2&per_page=3")))));
            cases.add(() -> List.of(get("/api/hsds/services?search=x&per_page=200&page=" + value)));
            cases.add(() -> List.of(get("/api/hsds/service_at_locations?proximity=52.28,104.3&per_page=200&page=" + value)));
        }
        for (String deep : List.of("51", "5000000", "10737418")) {
            cases.add(() -> List.of(get("/api/hsds/services?search=" + enc("помощь") + "&per_page=200&page=" + deep)));
            cases.add(() -> List.of(get("/find-help.xhtml?q=" + enc("помощь") + "&page=" + deep)));
        }
    }

    // --- malformed headers -----------------------------------------------------------------------

    private void headers(List<Supplier<List<Outcome>>> cases) {
        List<String> targets = List.of("/api/search?q=x", "/api/hsds/", "/api/hsds/services?page=0",
                "/find-help.xhtml?q=x", "/service.xhtml?id=x");
        Map<String, List<String>> odd = new LinkedHashMap<>();
        odd.put("Accept-Language", List.of("en;q=abc", "ru;q=2", ";;;", "en-", "*;q=-1", "x".repeat(5000), "ru-RU-" + "a".repeat(60)));
        odd.put("If-None-Match", List.of("garbage", "\"abc", ",,,", "\"", "W/", "*, \"x\"", "W/\"" + "a".repeat(3000)));
        odd.put("Accept", List.of(";;;", "x/y/z", "application/json;q=abc", "*/*;q=2"));
        odd.put("Content-Type", List.of(";;;", "text/html; charset=klingon", "multipart/form-data"));
        odd.put("Cookie", List.of("JSESSIONID=" + "%".repeat(100), "portal_lang=" + MARKER, "=;=;;", "portal_lang=xx; portal_lang=en"));
        for (String target : targets) {
            odd.forEach((header, values) -> values.forEach(value ->
                    cases.add(() -> List.of(raw("GET", target, null, header + ": " + value + "\r\n", null, null)))));
            cases.add(() -> List.of(raw("GET", target, null, "Accept-Language: \u00ff\u00fe\r\n", null, null)));
        }
        for (String host : List.of("evil.example", "a b", "[::1", "x".repeat(300))) {
            cases.add(() -> List.of(rawWithHost("/api/hsds/", host), rawWithHost("/", host)));
        }
    }

    // --- bodies of the API -----------------------------------------------------------------------

    private void bodies(List<Supplier<List<Outcome>>> cases) {
        List<byte[]> bodies = new ArrayList<>();
        for (String json : List.of("", "null", "[]", "{}", "{\"callId\":", "{\"callId\":123,\"topics\":\"x\"}",
                "{\"durationSeconds\":1e999999,\"triage\":[1,2]}", "{\"callerType\":{\"a\":null}}",
                "{\"summary\":\"" + "я".repeat(70_000) + "\"}", "[".repeat(1000) + "]".repeat(1000),
                "{\"a\":" + "{\"a\":".repeat(1000) + "1" + "}".repeat(1001), "{\"callId\":\"" + MARKER + "\"}",
                "{\"durationSeconds\":" + "9".repeat(400) + "}")) {
            bodies.add(json.getBytes(StandardCharsets.UTF_8));
        }
        bodies.add("{\"summary\":\"тест\"}".getBytes(StandardCharsets.UTF_16));
        bodies.add(concat("{\"summary\":\"".getBytes(StandardCharsets.UTF_8), NOT_UTF8, "\"}".getBytes(StandardCharsets.UTF_8)));
        List<String> types = List.of("application/json", "application/json; charset=utf-16", "application/json; charset=klingon",
                "text/plain", "application/x-www-form-urlencoded");
        List<String> authorizations = new ArrayList<>(List.of("", "Bearer fp_wrong", "Bearer " + MARKER, "Basic Og=="));
        String token = telephonyToken();
        authorizations.add("Bearer " + token);
        for (byte[] body : bodies) {
            for (String auth : authorizations) {
                cases.add(() -> List.of(raw("POST", "/api/telephony/calls", null,
                        (auth.isEmpty() ? "" : "Authorization: " + auth + "\r\n") + "Content-Type: application/json\r\n", body, null)));
            }
        }
        for (String type : types) {
            cases.add(() -> List.of(raw("POST", "/api/telephony/calls", null, "Authorization: Bearer " + token + "\r\n"
                    + "Content-Type: " + type + "\r\n", "{\"summary\":\"x\"}".getBytes(StandardCharsets.UTF_8), null)));
        }
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS")) {
            for (String path : List.of("/api/search", "/api/hsds/services", "/api/contacts", "/api/telephony/calls")) {
                // The container refuses a DELETE with a body itself, before the application.
                cases.add(() -> List.of(raw(method, path, null, "Content-Type: application/json\r\n",
                        method.equals("DELETE") ? null : "{}".getBytes(StandardCharsets.UTF_8), null)));
            }
        }
    }

    private String telephonyToken() {
        PortalClient admin = new PortalClient(portal);
        SignInIT.signIn(admin, TestDatabase.ADMIN_EMAIL, TestDatabase.get().adminPassword());
        HttpResponse<String> tokens = admin.get("/admin/api-tokens.xhtml");
        return Requests.find(admin.submit("/admin/api-tokens.xhtml", tokens.body(), "tokens", "issue",
                Map.of("name", "Фаззер " + System.nanoTime())).body(), "id=\"issued-token\">([^<]+)<");
    }

    // --- forms posted as a browser without JavaScript would ----------------------------------------

    private void forms(List<Supplier<List<Outcome>>> cases) throws Exception {
        String service = Requests.query("SELECT id FROM service WHERE status = 'active' LIMIT 1");
        Map<String, String> forms = Map.of("/ask-for-help.xhtml", "ask", "/request-status.xhtml", "status",
                "/sign-in.xhtml", "signIn", "/service.xhtml?id=" + service, "report",
                "/for-organisations/sign-up.xhtml", "signUp");
        for (Map.Entry<String, String> form : forms.entrySet()) {
            String path = form.getKey();
            String formId = form.getValue();
            Page sample = page(path, formId);
            List<String> names = sample.fields().stream().map(f -> f[0]).distinct().toList();
            cases.add(() -> post(path, formId, fields -> { }, null));
            for (String name : names) {
                if (name.equals("jakarta.faces.ViewState")) {
                    continue;
                }
                cases.add(() -> post(path, formId, fields -> fields.removeIf(f -> f[0].equals(name)), null));
                cases.add(() -> post(path, formId, fields -> fields.add(new String[] {name, "второе значение"}), null));
                cases.add(() -> post(path, formId, fields -> set(fields, name,
                        MARKER + "' OR 1=1 --\u0000-1e309\uFFFF" + "я".repeat(20_000)), null));
            }
            cases.add(() -> post(path, formId, fields -> fields.removeIf(f -> f[0].equals("primefaces.nonce")), null));
            cases.add(() -> post(path, formId, fields -> set(fields, "primefaces.nonce", "Zm9yZ2Vk"), null));
            cases.add(() -> post(path, formId, fields -> set(fields, "jakarta.faces.ViewState", "stateless"), null));
            cases.add(() -> post(path, formId, fields -> set(fields, "jakarta.faces.ViewState", "-1:" + MARKER), null));
            cases.add(() -> post(path, formId, fields -> fields.removeIf(f -> f[0].equals("jakarta.faces.ViewState")), null));
            for (String type : List.of("text/plain", "application/json", "application/x-www-form-urlencoded; charset=klingon",
                    "application/x-www-form-urlencoded; charset=utf-16", "multipart/form-data; boundary=x")) {
                cases.add(() -> post(path, formId, fields -> { }, type));
            }
            cases.add(() -> postRaw(path, formId));
        }
    }

    private record Page(String cookie, List<String[]> fields) {
    }

    private static void set(List<String[]> fields, String name, String value) {
        fields.removeIf(f -> f[0].equals(name));
        fields.add(new String[] {name, value});
    }

    /** The form's fields as a browser would send them: every input, the first choice of each list, the first button. */
    private Page page(String path, String formId) {
        Outcome got = get(path);
        String html = got.body();
        Matcher form = Pattern.compile("<form id=\"" + formId + "\"(.*?)</form>", Pattern.DOTALL).matcher(html);
        if (!form.find()) {
            throw new AssertionError("No form " + formId + " on " + path);
        }
        String body = form.group(1);
        List<String[]> fields = new ArrayList<>();
        boolean button = false;
        Matcher input = Pattern.compile("<input([^>]*)>").matcher(body);
        while (input.find()) {
            String type = attribute(input.group(1), "type");
            String name = attribute(input.group(1), "name");
            if (name == null || "file".equals(type)) {
                continue;
            }
            if ("submit".equals(type)) {
                if (!button) {
                    fields.add(new String[] {name, unescape(attribute(input.group(1), "value"))});
                    button = true;
                }
                continue;
            }
            if ("radio".equals(type) && fields.stream().anyMatch(f -> f[0].equals(name))) {
                continue;
            }
            String value = attribute(input.group(1), "value");
            fields.add(new String[] {name, value == null ? ("checkbox".equals(type) ? "on" : "") : unescape(value)});
        }
        Matcher textarea = Pattern.compile("<textarea[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</textarea>", Pattern.DOTALL).matcher(body);
        while (textarea.find()) {
            fields.add(new String[] {textarea.group(1), unescape(textarea.group(2))});
        }
        Matcher select = Pattern.compile("<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(body);
        while (select.find()) {
            Matcher option = Pattern.compile("<option value=\"([^\"]+)\"").matcher(select.group(2));
            fields.add(new String[] {select.group(1), option.find() ? unescape(option.group(1)) : ""});
        }
        Matcher button2 = Pattern.compile("<button[^>]*name=\"([^\"]+)\"").matcher(body);
        if (!button && button2.find()) {
            fields.add(new String[] {button2.group(1), ""});
        }
        return new Page(cookieOf(got), fields);
    }

    private final Map<Outcome, String> cookies = Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    private String cookieOf(Outcome outcome) {
        return cookies.get(outcome);
    }

    private List<Outcome> post(String path, String formId, java.util.function.Consumer<List<String[]>> change, String type) {
        Page page = page(path, formId);
        List<String[]> fields = new ArrayList<>(page.fields());
        change.accept(fields);
        StringBuilder body = new StringBuilder();
        for (String[] field : fields) {
            body.append(body.length() == 0 ? "" : "&").append(enc(field[0])).append('=').append(enc(field[1]));
        }
        String what = "POST " + path + " form " + formId + " " + (type == null ? "" : type + " ") + excerpt(body.toString());
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", type == null ? "application/x-www-form-urlencoded" : type)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (page.cookie() != null) {
            request.header("Cookie", page.cookie());
        }
        return List.of(send(request, what, false));
    }

    /** The form with raw non-UTF-8 bytes in one field, as a browser set to another encoding might send. */
    private List<Outcome> postRaw(String path, String formId) {
        Page page = page(path, formId);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] field : page.fields()) {
            body.writeBytes((body.size() == 0 ? "" : "&").getBytes(StandardCharsets.US_ASCII));
            body.writeBytes((enc(field[0]) + "=" + enc(field[1])).getBytes(StandardCharsets.US_ASCII));
        }
        body.writeBytes(("&" + enc(formId + ":extra") + "=").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(NOT_UTF8);
        return List.of(raw("POST", path, null, "Content-Type: application/x-www-form-urlencoded\r\n"
                + (page.cookie() == null ? "" : "Cookie: " + page.cookie() + "\r\n"), body.toByteArray(), null));
    }

    // --- sending ---------------------------------------------------------------------------------

    private URI uri(String path) {
        return URI.create(portal.toString().replaceAll("/$", "") + path);
    }

    private String nextAddress() {
        int n = addresses.incrementAndGet();
        return "10.201." + (n / 250 % 250) + "." + (1 + n % 250);
    }

    private Outcome get(String path) {
        URI uri;
        try {
            uri = uri(path);
        } catch (IllegalArgumentException notAUri) {
            // A broken escape ("%E0%A4%A") that Java's client will not send: sent as it is.
            return raw("GET", path, null, "", null, null);
        }
        return send(HttpRequest.newBuilder(uri).GET(), "GET " + path, path.startsWith("/api/"));
    }

    private Outcome send(HttpRequest.Builder request, String what, boolean api) {
        try {
            HttpResponse<String> answer = http.send(request.header("X-Forwarded-For", nextAddress())
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Outcome outcome = new Outcome(excerpt(what), api, answer.statusCode(),
                    answer.headers().firstValue("Content-Type").orElse(""), answer.body());
            answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                    .findFirst().ifPresent(c -> cookies.put(outcome, c.split(";")[0]));
            return outcome;
        } catch (IOException e) {
            throw new AssertionError("Request failed: " + what + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A request over a plain socket: {@code rawQuery} bytes are appended to the path as they are. */
    private Outcome raw(String method, String path, byte[] rawQuery, String headers, byte[] body, String host) {
        RawHttp client = new RawHttp(portal);
        byte[] head = concat(RawHttp.ascii(method + " " + client.path(path)), rawQuery == null ? new byte[0] : rawQuery,
                RawHttp.ascii(" HTTP/1.1\r\nHost: " + (host == null ? "localhost" : host) + "\r\nX-Forwarded-For: "
                        + nextAddress() + "\r\n" + headers));
        RawHttp.Answer answer = client.send(head, body);
        String what = method + " " + path + (rawQuery == null ? "" : "<raw bytes>") + " " + headers.strip()
                + (body == null ? "" : " body " + excerpt(new String(body, StandardCharsets.UTF_8)));
        // A Host, or header bytes, that the container itself refuses never reach the application.
        boolean api = path.startsWith("/api/") && host == null && headers.chars().allMatch(c -> c < 128);
        return new Outcome(excerpt(what), api, answer.status(),
                answer.contentType(), answer.body());
    }

    private Outcome rawWithHost(String path, String host) {
        return raw("GET", path, null, "", null, host);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? m.group(1) : null;
    }

    private static String unescape(String html) {
        return html == null ? "" : html.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String excerpt(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
