package org.familyportal.ops.bench;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.familyportal.embedded.DatabaseSettings;
import org.familyportal.embedded.EmbeddedMariaDb;
import org.familyportal.shared.Hashes;
import org.mariadb.jdbc.MariaDbDataSource;

import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The load benchmark of help requests: many hotline operators (telephony systems logging calls through
 * {@code POST /api/telephony/calls}) and families (the online form, page and post with their own
 * session) against one Payara Micro on an embedded MariaDB, in one run:
 * <ol>
 *   <li>throughput and latency p50/p99 per channel for a fixed time, beside the trivial
 *       {@code GET /api/contacts} of the same server with the same number of clients;</li>
 *   <li>durability: the same load again, the Payara JVM killed with SIGKILL in the middle, then every
 *       request number a client had received is looked up in MariaDB (none may be missing), the
 *       requests that were sent but never answered are counted, and the server is started again on the
 *       same database.</li>
 * </ol>
 * Usage: {@code HelpRequestLoad <work dir> <portal-web.war> <payara-micro.jar> [operators families seconds kill-after-seconds]};
 * the results are printed and written to {@code <work dir>/results.md}. Fails (non-zero exit) when an
 * acknowledged request is missing.
 */
public final class HelpRequestLoad {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final int WARM_UP_SECONDS = 5;
    static final String[] CALLER_TYPES = {"PARENT", "PARENT", "PARENT", "RELATIVE", "CHILD", "SPECIALIST", "NEIGHBOUR"};
    static final String[] OUTCOMES = {"HELP_GIVEN", "HELP_GIVEN", "REFERRAL", "FOLLOW_UP"};
    static final String[] TRIAGE = {"INFORMATION", "INFORMATION", "EARLY_CRISIS", "DIFFICULT_SITUATION", "SOCIALLY_DANGEROUS"};
    static final String[] FELT_URGENCY = {"CAN_WAIT", "THIS_WEEK", "THIS_WEEK"};

    private final Path work;
    private final Path war;
    private final Path payaraJar;
    private final int operators;
    private final int families;
    private final int seconds;
    private final int killAfter;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String token = "fp_load_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random(32));
    private final Map<String, String> serverEnvironment = new LinkedHashMap<>();
    private final StringBuilder out = new StringBuilder();
    private MariaDbDataSource db;
    private PayaraMicroProcess payara;
    private int port;
    private int starts;
    private List<String> municipalities;
    private List<String> topics;

    private HelpRequestLoad(Path work, Path war, Path payaraJar, int operators, int families, int seconds, int killAfter) {
        this.work = work;
        this.war = war;
        this.payaraJar = payaraJar;
        this.operators = operators;
        this.families = families;
        this.seconds = seconds;
        this.killAfter = killAfter;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3 && args.length != 7) {
            System.err.println("Usage: HelpRequestLoad <work dir> <portal-web.war> <payara-micro.jar>"
                    + " [operators families seconds kill-after-seconds]");
            System.exit(2);
        }
        boolean all = args.length == 7;
        HelpRequestLoad load = new HelpRequestLoad(Path.of(args[0]).toAbsolutePath(), Path.of(args[1]), Path.of(args[2]),
                all ? Integer.parseInt(args[3]) : 8, all ? Integer.parseInt(args[4]) : 8,
                all ? Integer.parseInt(args[5]) : 30, all ? Integer.parseInt(args[6]) : 5);
        int problems = load.run();
        if (problems != 0) {
            // An exception, not System.exit: under exec:java it fails the Maven build with this message.
            throw new IllegalStateException(problems + " problems (acknowledged requests missing from the database,"
                    + " numbers given twice, or a server that did not die or come back as it should): see "
                    + load.work.resolve("results.md"));
        }
    }

    /** Runs everything; returns the number of problems: lost or duplicated acknowledgements, a failed kill or restart. */
    private int run() throws Exception {
        Files.createDirectories(work);
        for (String old : new String[] {"payara-root", "logs"}) {
            deleteTree(work.resolve(old));
        }
        line("# Help-request load benchmark");
        line("");
        line("%s; %d cores; load average before the run %.2f; operators %d, families %d, %d s per phase (after %d s warm-up)",
                LocalDate.now(), Runtime.getRuntime().availableProcessors(), loadAverage(), operators, families,
                seconds, WARM_UP_SECONDS);
        try (EmbeddedMariaDb mariadb = EmbeddedMariaDb.start(work.resolve("mariadb"))) {
            DatabaseSettings settings = mariadb.provisionEmpty("load", "load", HexFormat.of().formatHex(random(16)));
            db = new MariaDbDataSource(settings.url());
            db.setUser(settings.user());
            db.setPassword(settings.password());
            serverEnvironment.put("PORTAL_DB_URL", settings.url());
            serverEnvironment.put("PORTAL_DB_USER", settings.user());
            serverEnvironment.put("PORTAL_DB_PASSWORD", settings.password());
            serverEnvironment.put("PORTAL_DATA_DIR", work.resolve("data").toString());
            serverEnvironment.put("PORTAL_DATA_KEY", Base64.getEncoder().encodeToString(random(32)));
            serverEnvironment.put("PORTAL_ADMIN_PASSWORD", HexFormat.of().formatHex(random(12)));
            serverEnvironment.put("PORTAL_DEMO_DATA", "true");
            // Every simulated client comes from 127.0.0.1: the per-address limits would measure themselves.
            serverEnvironment.put("PORTAL_LIMITS_SUBMISSIONS_PER_MINUTE", "0");
            serverEnvironment.put("PORTAL_LIMITS_API_CALLS_PER_MINUTE", "0");
            port = freeLoopbackPort();
            try {
                startServer();
                issueToken();
                learnTheForm();
                int problems = throughput();
                problems += durability();
                line("");
                line("Server: Payara Micro (-Xmx1g) with the WAR and the demo directory, embedded MariaDB 11.4, both on this"
                        + " machine with the load generator (one JVM, java.net.http); per-address limits off"
                        + " (PORTAL_LIMITS_SUBMISSIONS_PER_MINUTE=0, PORTAL_LIMITS_API_CALLS_PER_MINUTE=0).");
                return problems;
            } finally {
                if (payara != null) {
                    payara.stop();
                }
                String text = out.toString();
                System.out.println(text);
                Files.writeString(work.resolve("results.md"), text);
            }
        }
    }

    // --- phase 1: throughput ---

    private int throughput() throws Exception {
        Load warmUp = Load.start(this, "warm-up", WARM_UP_SECONDS, true);
        warmUp.awaitEnd();
        Load.start(this, "warm-up-contacts", WARM_UP_SECONDS, false).awaitEnd();

        Load baseline = Load.start(this, "baseline", seconds, false);
        baseline.awaitEnd();
        Load load = Load.start(this, "phase1", seconds, true);
        load.awaitEnd();

        Set<String> acknowledged = new HashSet<>(warmUp.acknowledged());
        acknowledged.addAll(load.acknowledged());
        Set<String> missing = new HashSet<>(acknowledged);
        missing.removeAll(storedNumbers().keySet());

        line("");
        line("## Throughput (phase 1)");
        line("");
        line("| channel | clients | acknowledged | per second | p50 ms | p99 ms | errors |");
        line("|---|---|---|---|---|---|---|");
        row(load.telephony, operators);
        row(load.formPage, families);
        row(load.online, families);
        double helpRate = (load.telephony.count() + load.online.count()) / load.elapsedSeconds();
        line("| **help requests, both channels** | %d | %,d | **%.1f** | | | |", operators + families,
                load.telephony.count() + load.online.count(), helpRate);
        row(baseline.contacts, operators + families);
        line("");
        line("Help requests per second ÷ `GET /api/contacts` per second with the same %d clients: **%.1f %%**"
                + " (an online request is two HTTP requests, page and post: %.1f HTTP requests/s in all).",
                operators + families, 100 * helpRate / baseline.contacts.perSecond(),
                (load.telephony.count() + load.online.count() + load.formPage.count()) / load.elapsedSeconds());
        line("Acknowledged during warm-up and phase 1 and found in `help_request`: %,d of %,d.",
                acknowledged.size() - missing.size(), acknowledged.size());
        return missing.size() + load.duplicates() + warmUp.duplicates();
    }

    // --- phase 2: SIGKILL in the middle of the load ---

    private int durability() throws Exception {
        Map<String, String> before = storedNumbers();
        String identity = payara.proveIsServerJvm();
        Load load = Load.start(this, "phase2", Integer.MAX_VALUE, true);
        TimeUnit.SECONDS.sleep(killAfter);
        Instant killedAt = Instant.now();
        long killedPid = payara.pid();
        int exit = payara.kill();
        load.serverDied();
        load.stop();
        load.awaitEnd();
        boolean portClosed = PayaraMicroProcess.listeningPid(port).isEmpty() && !answers("/health/live");

        Map<String, String> after = storedNumbers();
        Set<String> acknowledged = load.acknowledged();
        List<String> lost = acknowledged.stream().filter(n -> !after.containsKey(n)).sorted().toList();
        Map<String, Integer> storedUnacknowledged = new HashMap<>();
        after.forEach((number, channel) -> {
            if (!before.containsKey(number) && !acknowledged.contains(number)) {
                storedUnacknowledged.merge(channel, 1, Integer::sum);
            }
        });

        Instant restartAt = Instant.now();
        startServer();
        double restartSeconds = Duration.between(restartAt, Instant.now()).toMillis() / 1000.0;
        int afterRestart = storedNumbers().size();
        Retry retry = retryUnanswered(load.telephony.unanswered(), after);

        line("");
        line("## Durability (phase 2): SIGKILL during the load");
        line("");
        line("Killed %.1f s into the load: %s. Exit status %d (%s)%s.",
                Duration.between(load.startedAt, killedAt).toMillis() / 1000.0, identity, exit,
                exit == 137 ? "128 + 9, SIGKILL" : "not SIGKILL", portClosed ? "; port closed afterwards" : "; PORT STILL ANSWERS");
        line("");
        line("| channel | acknowledged before the kill | of them in `help_request` | lost | sent, no answer | of those stored |");
        line("|---|---|---|---|---|---|");
        for (Tally tally : List.of(load.telephony, load.online)) {
            long missing = tally.acknowledged.stream().filter(n -> !after.containsKey(n)).count();
            line("| %s | %,d | %,d | **%d** | %d | %d |", tally.name, tally.acknowledged.size(),
                    tally.acknowledged.size() - missing, missing, tally.unanswered().size(),
                    storedUnacknowledged.getOrDefault(tally.channel, 0));
        }
        line("");
        if (!lost.isEmpty()) {
            line("**Lost** (acknowledged, not stored): %s", String.join(", ", lost));
        }
        line("Not counted as sent: %d telephony calls and %d online requests (page or post) refused or sent after the"
                + " JVM had died, which cannot have reached it.", notSent(load.telephony), notSent(load.online) + notSent(load.formPage));
        line("Everything the clients got besides numbers in phase 2: telephony %s; online page %s; online post %s.",
                load.telephony.errorsText(), load.formPage.errorsText(), load.online.errorsText());
        line("Restart on the same database: ready again in %.1f s (pid %d → %d); `help_request` rows %,d after the kill,"
                + " %,d after the restart (%s).", restartSeconds, killedPid, payara.pid(), after.size(), afterRestart,
                afterRestart == after.size() ? "unchanged" : "CHANGED");
        int storedTelephony = storedUnacknowledged.getOrDefault(load.telephony.channel, 0);
        line("Unanswered telephony calls sent again with the same `callId` after the restart: %d already stored"
                + " (the same number came back; %s the %d counted above), %d stored now, %d failed.", retry.alreadyStored,
                retry.alreadyStored == storedTelephony ? "agrees with" : "DISAGREES with", storedTelephony,
                retry.storedNow, retry.failed);
        return lost.size() + load.duplicates() + (afterRestart == after.size() ? 0 : 1) + (exit == 137 ? 0 : 1)
                + (portClosed ? 0 : 1) + retry.failed;
    }

    private static long notSent(Tally tally) {
        return tally.errorCount("connection refused") + tally.errorCount(Tally.SENT_AFTER_THE_KILL);
    }

    private record Retry(int alreadyStored, int storedNow, int failed) {
    }

    /** Sends unanswered calls again: their {@code callId} makes it safe, and the answer tells whether the first one was stored. */
    private Retry retryUnanswered(Queue<Unanswered> unanswered, Map<String, String> storedBeforeRestart)
            throws InterruptedException {
        int already = 0;
        int now = 0;
        int failed = 0;
        for (Unanswered call : unanswered) {
            try {
                HttpResponse<String> answer = http.send(telephonyPost(call.body()), HttpResponse.BodyHandlers.ofString());
                Optional<String> number = answer.statusCode() == 201 ? numberIn(answer.body()) : Optional.empty();
                if (number.isEmpty()) {
                    failed++;
                } else if (storedBeforeRestart.containsKey(number.get())) {
                    already++;
                } else {
                    now++;
                }
            } catch (IOException e) {
                failed++;
            }
        }
        return new Retry(already, now, failed);
    }

    // --- the clients ---

    /** A hotline operator: one call after the other, each logged by the telephony system. */
    void operator(Load load, int id) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int seq = 0; load.running(); seq++) {
            String callId = "load-" + load.name + "-operator" + id + "-" + seq;
            String body = Json.createObjectBuilder()
                    .add("callId", callId)
                    .add("callerType", pick(CALLER_TYPES, random))
                    .add("callerName", "Caller " + id + "-" + seq)
                    .add("callerPhone", phone(random))
                    .add("municipality", pick(municipalities, random))
                    .add("topics", Json.createArrayBuilder().add(pick(topics, random)))
                    .add("triage", random.nextInt(50) == 0 ? "IMMEDIATE_THREAT" : pick(TRIAGE, random))
                    .add("summary", "Call " + seq + " of operator " + id + ": " + situation(random))
                    .add("outcome", pick(OUTCOMES, random))
                    .add("durationSeconds", 60 + random.nextInt(1200))
                    .build().toString();
            long start = System.nanoTime();
            try {
                HttpResponse<String> answer = http.send(telephonyPost(body), HttpResponse.BodyHandlers.ofString());
                Optional<String> number = answer.statusCode() == 201 ? numberIn(answer.body()) : Optional.empty();
                if (number.isPresent()) {
                    load.telephony.acknowledged(System.nanoTime() - start, number.get());
                } else {
                    load.telephony.error("HTTP " + answer.statusCode());
                }
            } catch (IOException e) {
                load.telephony.noAnswer(load, start, e, new Unanswered(callId, body));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Family after family: each opens the form in a new session and sends it, as a browser without JavaScript does. */
    void family(Load load, int id) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int seq = 0; load.running(); seq++) {
            long start = System.nanoTime();
            HttpResponse<String> page;
            try {
                page = http.send(HttpRequest.newBuilder(payara.uri("/ask-for-help.xhtml")).timeout(REQUEST_TIMEOUT).GET()
                        .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                load.formPage.noAnswer(load, start, e, null);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            FormPage form = new FormPage(page.body());
            if (page.statusCode() != 200 || form.viewState().isEmpty()) {
                load.formPage.error("HTTP " + page.statusCode() + (page.statusCode() == 200 ? " without a form" : ""));
                continue;
            }
            load.formPage.answered(System.nanoTime() - start);

            String description = "Family " + id + "-" + seq + ": " + situation(random);
            boolean byEmail = random.nextInt(4) == 0;
            Map<String, List<String>> fields = new LinkedHashMap<>();
            fields.put("ask", List.of("ask"));
            fields.put("ask:callerType", List.of(pick(CALLER_TYPES, random)));
            fields.put("ask:municipality", List.of(pick(municipalities, random)));
            fields.put("ask:topics", someTopics(random));
            fields.put("ask:description", List.of(description));
            fields.put("ask:feltUrgency", List.of(random.nextInt(20) == 0 ? "TODAY" : pick(FELT_URGENCY, random)));
            fields.put("ask:contact", List.of(byEmail ? "EMAIL" : "PHONE"));
            fields.put("ask:name", List.of("Parent " + id + "-" + seq));
            fields.put("ask:phone", List.of(byEmail ? "" : phone(random)));
            fields.put("ask:email", List.of(byEmail ? "family" + id + "." + seq + "@example.org" : ""));
            fields.put("ask:messenger", List.of(""));
            fields.put("ask:contactTime", List.of("after 18:00"));
            fields.put("ask:website", List.of(""));
            fields.put("ask:consent", List.of("on"));
            fields.put("ask:send", List.of(""));
            fields.put("jakarta.faces.ViewState", List.of(form.viewState().get()));
            form.nonce().ifPresent(nonce -> fields.put("primefaces.nonce", List.of(nonce)));
            HttpRequest.Builder post = formPost(payara.uri("/ask-for-help.xhtml"), fields, page);
            start = System.nanoTime();
            try {
                HttpResponse<String> answer = http.send(post.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                Optional<String> number = answer.statusCode() == 200 ? new FormPage(answer.body()).requestNumber() : Optional.empty();
                if (number.isPresent()) {
                    load.online.acknowledged(System.nanoTime() - start, number.get());
                } else {
                    load.online.error("HTTP " + answer.statusCode() + (answer.statusCode() == 200 ? " without a number" : ""));
                }
            } catch (IOException e) {
                load.online.noAnswer(load, start, e, new Unanswered(null, description));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The baseline: the trivial contacts endpoint, as fast as it answers. */
    void contacts(Load load) {
        HttpRequest request = HttpRequest.newBuilder(payara.uri("/api/contacts")).timeout(REQUEST_TIMEOUT).GET().build();
        while (load.running()) {
            long start = System.nanoTime();
            try {
                HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    load.contacts.answered(System.nanoTime() - start);
                } else {
                    load.contacts.error("HTTP " + answer.statusCode());
                }
            } catch (IOException e) {
                load.contacts.noAnswer(load, start, e, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private HttpRequest telephonyPost(String body) {
        return HttpRequest.newBuilder(payara.uri("/api/telephony/calls")).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static Optional<String> numberIn(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject answer = reader.readObject();
            return Optional.ofNullable(answer.getString("number", null));
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** The cookies a browser would send back (the session), from the answer's Set-Cookie headers. */
    static String cookies(HttpResponse<?> answer) {
        return answer.headers().allValues("Set-Cookie").stream()
                .map(c -> c.split(";", 2)[0].strip())
                .collect(Collectors.joining("; "));
    }

    static String urlEncoded(Map<String, List<String>> fields) {
        return fields.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(v, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
    }

    static String situation(ThreadLocalRandom random) {
        String[] situations = {
            "the father left and pays no alimony, the mother needs a lawyer's advice on the court order",
            "a teenager stopped going to school and does not talk to the parents, they ask for a psychologist",
            "a large family lost its flat in a fire and needs clothes, food and a temporary place to stay",
            "a grandmother takes care of two grandchildren and asks how guardianship and benefits work",
            "a mother of a child with a disability asks for rehabilitation and a place in a kindergarten",
        };
        return pick(situations, random) + "; reached by the portal, case " + random.nextInt(1_000_000);
    }

    /** One topic, or two different ones. */
    private List<String> someTopics(ThreadLocalRandom random) {
        String first = pick(topics, random);
        String second = pick(topics, random);
        return random.nextBoolean() || first.equals(second) ? List.of(first) : List.of(first, second);
    }

    static String phone(ThreadLocalRandom random) {
        return String.format(Locale.ROOT, "+7 9%02d %03d-%02d-%02d", random.nextInt(100), random.nextInt(1000),
                random.nextInt(100), random.nextInt(100));
    }

    static <T> T pick(T[] values, ThreadLocalRandom random) {
        return values[random.nextInt(values.length)];
    }

    static <T> T pick(List<T> values, ThreadLocalRandom random) {
        return values.get(random.nextInt(values.size()));
    }

    // --- server and database ---

    private void startServer() throws IOException, InterruptedException {
        starts++;
        payara = PayaraMicroProcess.start(war, payaraJar, port, work.resolve("payara-root").resolve("start-" + starts),
                work.resolve("logs").resolve("payara-" + starts + ".log"), serverEnvironment);
        payara.awaitReady();
    }

    /** The online form posted as a browser without JavaScript would, with the page's cookies (shared with the fault benchmark). */
    static HttpRequest.Builder formPost(java.net.URI form, Map<String, List<String>> fields, HttpResponse<String> page) {
        HttpRequest.Builder post = HttpRequest.newBuilder(form).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(urlEncoded(fields)));
        String cookies = cookies(page);
        if (!cookies.isEmpty()) {
            post.header("Cookie", cookies);
        }
        return post;
    }

    /** A token of the benchmark's own, stored the way the portal stores them (SHA-256 in hex by {@link Hashes}, as the portal does). */
    private void issueToken() throws Exception {
        issueToken(db, token, "Load benchmark", "load-benchmark");
    }

    /** Stores {@code token} as an API token named {@code name} (shared by the load and fault benchmarks). */
    static void issueToken(javax.sql.DataSource db, String token, String name, String by) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO api_token (name, token_hash, created_by, created_at) VALUES (?, ?, ?, UTC_TIMESTAMP(3))")) {
            insert.setString(1, name);
            insert.setString(2, Hashes.sha256Hex(token));
            insert.setString(3, by);
            insert.executeUpdate();
        }
    }

    /** The municipalities and topics the form offers, read from the form itself like a person reads them. */
    private void learnTheForm() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(payara.uri("/ask-for-help.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        FormPage form = new FormPage(page.body());
        municipalities = form.options("ask:municipality");
        topics = form.choices("ask:topics");
        if (municipalities.isEmpty() || topics.size() < 3) {
            throw new IllegalStateException("The form offers " + municipalities.size() + " municipalities and "
                    + topics.size() + " topics (HTTP " + page.statusCode() + ")");
        }
        long withCentre;
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM municipality WHERE resource_centre_organization_id IS NOT NULL")) {
            rs.next();
            withCentre = rs.getLong(1);
        } catch (java.sql.SQLException e) {
            withCentre = -1;
        }
        line("Form: %d municipalities%s, %d topics.", municipalities.size(),
                withCentre >= 0 ? " (" + withCentre + " with a resource centre from the demo directory)" : "", topics.size());
    }

    /** Every stored request's number and channel. */
    private Map<String, String> storedNumbers() throws Exception {
        Map<String, String> numbers = new HashMap<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT number, channel FROM help_request")) {
            while (rs.next()) {
                numbers.put(rs.getString(1), rs.getString(2));
            }
        }
        return numbers;
    }

    private boolean answers(String path) {
        try {
            http.send(HttpRequest.newBuilder(payara.uri(path)).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    // --- reporting ---

    private void row(Tally tally, int clients) {
        line("| %s | %d | %s | %.1f | %.1f | %.1f | %s |", tally.name, clients,
                tally.acknowledges ? String.format(Locale.ROOT, "%,d", tally.count()) : "—", tally.perSecond(),
                tally.percentileMillis(50), tally.percentileMillis(99), tally.errorsText());
    }

    private void line(String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static byte[] random(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return b;
    }

    static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    // --- measurements ---

    /** A request sent that got no answer: the server may or may not have stored it. */
    record Unanswered(String callId, String body) {
    }

    /** What one kind of request got during one phase. */
    static final class Tally {
        static final String SENT_AFTER_THE_KILL = "sent after the kill";
        final String name;
        final String channel;
        final boolean acknowledges;
        final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        private final LongAdder answers = new LongAdder();
        private final Map<String, LongAdder> errors = new ConcurrentSkipListMap<>();
        private final Queue<Unanswered> unanswered = new ConcurrentLinkedQueue<>();
        private double elapsedSeconds;

        Tally(String name, String channel, boolean acknowledges) {
            this.name = name;
            this.channel = channel;
            this.acknowledges = acknowledges;
        }

        void answered(long latencyNanos) {
            nanos.add(latencyNanos);
            answers.increment();
        }

        void acknowledged(long latencyNanos, String number) {
            answered(latencyNanos);
            acknowledged.add(number);
        }

        void error(String what) {
            errors.computeIfAbsent(what, w -> new LongAdder()).increment();
        }

        /**
         * A request that got no answer. Sent while the server lived, it may or may not be stored (kept for
         * the report); refused, or sent once the server was dead, it never reached one.
         */
        void noAnswer(Load load, long sentNanos, IOException e, Unanswered request) {
            if (sentNanos - load.deadSince > 0) {
                error(SENT_AFTER_THE_KILL);
            } else if (e instanceof ConnectException) {
                error("connection refused");
            } else {
                if (request != null) {
                    unanswered.add(request);
                }
                error("no answer: " + e.getClass().getSimpleName());
            }
        }

        Queue<Unanswered> unanswered() {
            return unanswered;
        }

        long count() {
            return answers.sum();
        }

        /** The same number given to two requests. */
        int duplicates() {
            return acknowledges ? (int) (answers.sum() - acknowledged.size()) : 0;
        }

        long errorCount(String what) {
            LongAdder n = errors.get(what);
            return n == null ? 0 : n.sum();
        }

        double perSecond() {
            return count() / elapsedSeconds;
        }

        double percentileMillis(int p) {
            List<Long> sorted;
            synchronized (nanos) {
                sorted = new ArrayList<>(nanos);
            }
            if (sorted.isEmpty()) {
                return Double.NaN;
            }
            Collections.sort(sorted);
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
        }

        String errorsText() {
            return errors.isEmpty() ? "none" : errors.entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue().sum()).collect(Collectors.joining(", "));
        }
    }

    /** Clients running against the server until a deadline or until stopped. */
    static final class Load {
        final String name;
        final Tally telephony = new Tally("telephony API `POST /api/telephony/calls`", "TELEPHONY", true);
        final Tally formPage = new Tally("online form: page `GET /ask-for-help.xhtml`", "ONLINE", false);
        final Tally online = new Tally("online form: `POST` → receipt with number", "ONLINE", true);
        final Tally contacts = new Tally("baseline `GET /api/contacts`", null, false);
        final Instant startedAt = Instant.now();
        private final long start = System.nanoTime();
        private final long deadline;
        private final ExecutorService clients;
        private volatile boolean stopped;
        private volatile long deadSince = Long.MAX_VALUE;
        private double elapsedSeconds;

        private Load(String name, long seconds, int threads) {
            this.name = name;
            this.deadline = start + TimeUnit.SECONDS.toNanos(seconds);
            this.clients = Executors.newFixedThreadPool(threads);
        }

        /** Starts the operators and families ({@code helpRequests}), or as many clients of the baseline. */
        static Load start(HelpRequestLoad bench, String name, int seconds, boolean helpRequests) {
            int threads = bench.operators + bench.families;
            Load load = new Load(name, seconds, threads);
            if (helpRequests) {
                for (int i = 0; i < bench.operators; i++) {
                    int id = i;
                    load.clients.submit(() -> bench.operator(load, id));
                }
                for (int i = 0; i < bench.families; i++) {
                    int id = i;
                    load.clients.submit(() -> bench.family(load, id));
                }
            } else {
                for (int i = 0; i < threads; i++) {
                    load.clients.submit(() -> bench.contacts(load));
                }
            }
            load.clients.shutdown();
            return load;
        }

        boolean running() {
            return !stopped && System.nanoTime() - deadline < 0;
        }

        /** The server is dead: what is sent from now on cannot reach it. */
        void serverDied() {
            deadSince = System.nanoTime();
        }

        void stop() {
            stopped = true;
        }

        void awaitEnd() throws InterruptedException {
            if (!clients.awaitTermination(REQUEST_TIMEOUT.toSeconds() * 2 + (deadline - System.nanoTime()) / 1_000_000_000L,
                    TimeUnit.SECONDS)) {
                throw new IllegalStateException("The clients of " + name + " did not finish");
            }
            elapsedSeconds = (System.nanoTime() - start) / 1e9;
            for (Tally t : List.of(telephony, formPage, online, contacts)) {
                t.elapsedSeconds = elapsedSeconds;
            }
        }

        double elapsedSeconds() {
            return elapsedSeconds;
        }

        Set<String> acknowledged() {
            Set<String> all = new HashSet<>(telephony.acknowledged);
            all.addAll(online.acknowledged);
            return all;
        }

        int duplicates() {
            return telephony.duplicates() + online.duplicates()
                    + (int) (telephony.acknowledged.size() + online.acknowledged.size() - acknowledged().size());
        }
    }
}
