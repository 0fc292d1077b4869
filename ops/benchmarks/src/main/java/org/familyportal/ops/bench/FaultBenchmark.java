package org.familyportal.ops.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.mail.internet.MimeMessage;
import org.familyportal.embedded.DatabaseSettings;
import org.familyportal.embedded.EmbeddedMariaDb;
import org.mariadb.jdbc.MariaDbDataSource;

import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
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
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The fault benchmark: one Payara Micro with the portal on an embedded MariaDB (both on loopback), and
 * three faults, one after the other, each bounded in time:
 * <ol>
 *   <li><b>MariaDB killed</b> (SIGKILL of {@code mariadbd}) in the middle of a help-request load (hotline
 *       calls through the telephony API, families through the online form). The embedded database's watch,
 *       the same the launcher uses, starts it again on the same port and data; the portal must recover
 *       without a restart, and every request number a client received must be in {@code help_request}.
 *       Reported: what clients got meanwhile, how long they saw the outage, when the portal was ready
 *       again.</li>
 *   <li><b>The SMTP server down</b> (GreenMail in this JVM, stopped and started again on the same port)
 *       while urgent requests come in: every urgent alert queued meanwhile must reach the mailbox within a
 *       bounded wait once the server is back; the delay is reported.</li>
 *   <li><b>An index rebuild under search load</b>, started as an administrator does (signed in, the
 *       button of {@code /admin/directory.xhtml}): searches for words that have results must never
 *       answer with none.</li>
 * </ol>
 * Usage: {@code FaultBenchmark <work dir> <portal-web.war> <payara-micro.jar>
 * [operators families load-seconds kill-after smtp-down-seconds mail-wait-seconds rebuilds]}; results are
 * printed and written to {@code <work dir>/results.md}. Fails when a fault is not survived.
 */
public final class FaultBenchmark {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final String ADMIN_EMAIL = "admin@faults.family-portal.test";
    private static final String SPECIALIST = "specialist@family-portal.local";
    private static final String[] SEARCHES = {"психолог", "юрист", "помощь семье", "многодетные", "пособие",
        "логопед", "кризисный центр", "консультация", "реабилитация", "детский сад"};

    private final Path work;
    private final Path war;
    private final Path payaraJar;
    private final int operators;
    private final int families;
    private final int loadSeconds;
    private final int killAfter;
    private final int smtpDownSeconds;
    private final int mailWaitSeconds;
    private final int rebuilds;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final String token = "fp_faults_" + Base64.getUrlEncoder().withoutPadding()
            .encodeToString(HelpRequestLoad.random(32));
    private final String adminPassword = HexFormat.of().formatHex(HelpRequestLoad.random(12));
    private final Map<String, String> serverEnvironment = new LinkedHashMap<>();
    private final List<String> databaseWatch = new CopyOnWriteArrayList<>();
    private final StringBuilder out = new StringBuilder();
    private EmbeddedMariaDb mariadb;
    private MariaDbDataSource db;
    private PayaraMicroProcess payara;
    private GreenMail smtp;
    private int smtpPort;
    private List<String> municipalities;
    private List<String> topics;

    private FaultBenchmark(Path work, Path war, Path payaraJar, int[] n) {
        this.work = work;
        this.war = war;
        this.payaraJar = payaraJar;
        this.operators = n[0];
        this.families = n[1];
        this.loadSeconds = n[2];
        this.killAfter = n[3];
        this.smtpDownSeconds = n[4];
        this.mailWaitSeconds = n[5];
        this.rebuilds = n[6];
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3 && args.length != 10) {
            System.err.println("Usage: FaultBenchmark <work dir> <portal-web.war> <payara-micro.jar>"
                    + " [operators families load-seconds kill-after smtp-down-seconds mail-wait-seconds rebuilds]");
            System.exit(2);
        }
        int[] n = {4, 4, 60, 10, 90, 300, 3};
        for (int i = 3; i < args.length; i++) {
            n[i - 3] = Integer.parseInt(args[i]);
        }
        if (n[3] >= n[2]) {
            throw new IllegalArgumentException("The kill must come before the end of the load: " + n[3] + " ≥ " + n[2]);
        }
        FaultBenchmark bench = new FaultBenchmark(Path.of(args[0]).toAbsolutePath(), Path.of(args[1]), Path.of(args[2]), n);
        int problems = bench.run();
        if (problems != 0) {
            throw new IllegalStateException(problems + " faults not survived (lost acknowledgements, no recovery, alerts"
                    + " not delivered, empty search answers): see " + bench.work.resolve("results.md"));
        }
    }

    private int run() throws Exception {
        Files.createDirectories(work);
        for (String old : new String[] {"payara-root", "logs"}) {
            HelpRequestLoad.deleteTree(work.resolve(old));
        }
        line("# Fault benchmark");
        line("");
        line("%s; %d cores; load average before the run %.2f; %d operators and %d families for %d s (MariaDB killed"
                        + " after %d s); SMTP down %d s (then at most %d s for the alerts); %d index rebuilds under search load.",
                LocalDate.now(), Runtime.getRuntime().availableProcessors(), HelpRequestLoad.loadAverage(), operators,
                families, loadSeconds, killAfter, smtpDownSeconds, mailWaitSeconds, rebuilds);
        try (EmbeddedMariaDb database = EmbeddedMariaDb.start(work.resolve("mariadb"))) {
            mariadb = database;
            DatabaseSettings settings = mariadb.provisionEmpty("faults", "faults", HexFormat.of().formatHex(HelpRequestLoad.random(16)));
            // The watch the launcher runs: a dead mariadbd is started again on its port with its data.
            mariadb.keepRunning(message -> {
                databaseWatch.add(Instant.now() + " " + message);
                System.out.println("[mariadb watch] " + message);
            });
            db = new MariaDbDataSource(settings.url());
            db.setUser(settings.user());
            db.setPassword(settings.password());
            smtpPort = HelpRequestLoad.freeLoopbackPort();
            startSmtp();
            serverEnvironment.put("PORTAL_DB_URL", settings.url());
            serverEnvironment.put("PORTAL_DB_USER", settings.user());
            serverEnvironment.put("PORTAL_DB_PASSWORD", settings.password());
            serverEnvironment.put("PORTAL_DATA_DIR", work.resolve("data").toString());
            serverEnvironment.put("PORTAL_DATA_KEY", Base64.getEncoder().encodeToString(HelpRequestLoad.random(32)));
            serverEnvironment.put("PORTAL_ADMIN_EMAIL", ADMIN_EMAIL);
            serverEnvironment.put("PORTAL_ADMIN_PASSWORD", adminPassword);
            serverEnvironment.put("PORTAL_DEMO_DATA", "true");
            serverEnvironment.put("PORTAL_DEMO_STAFF_PASSWORD", HexFormat.of().formatHex(HelpRequestLoad.random(12)));
            serverEnvironment.put("PORTAL_MAIL_HOST", "127.0.0.1");
            serverEnvironment.put("PORTAL_MAIL_PORT", Integer.toString(smtpPort));
            // Every client is 127.0.0.1: the per-address limits would measure themselves.
            serverEnvironment.put("PORTAL_LIMITS_SUBMISSIONS_PER_MINUTE", "0");
            serverEnvironment.put("PORTAL_LIMITS_API_CALLS_PER_MINUTE", "0");
            serverEnvironment.put("PORTAL_LIMITS_SEARCHES_PER_MINUTE", "0");
            int port = HelpRequestLoad.freeLoopbackPort();
            try {
                payara = PayaraMicroProcess.start(war, payaraJar, port, work.resolve("payara-root"),
                        work.resolve("logs").resolve("payara.log"), serverEnvironment);
                payara.awaitReady();
                issueToken();
                learnTheForm();
                int problems = databaseCrash();
                problems += smtpOutage();
                problems += rebuildUnderSearch();
                line("");
                line("Server: Payara Micro (-Xmx1g) with the WAR and the demo directory, embedded MariaDB 11.4 with the"
                        + " launcher's watch, GreenMail SMTP in the benchmark's JVM; everything on 127.0.0.1 with the load"
                        + " generator. Payara's log: `%s`.", work.resolve("logs").resolve("payara.log"));
                line("**%s**", problems == 0 ? "Every fault survived." : problems + " problems (see above).");
                return problems;
            } finally {
                if (payara != null) {
                    payara.stop();
                }
                if (smtp != null) {
                    smtp.stop();
                }
                String text = out.toString();
                System.out.println(text);
                Files.writeString(work.resolve("results.md"), text);
            }
        }
    }

    // --- (a) MariaDB killed under load ---

    /** What one request got: when it was sent and answered, and how. */
    private record Outcome(String channel, long sent, long done, String kind, String number) {
        boolean acknowledged() {
            return number != null;
        }
    }

    private int databaseCrash() throws Exception {
        Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        Map<Long, Integer> readiness = new TreeMap<>();
        AtomicLong databaseBack = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(loadSeconds);
        ExecutorService clients = Executors.newFixedThreadPool(operators + families);
        for (int i = 0; i < operators; i++) {
            int id = i;
            clients.submit(() -> operatorLoop(id, stop, outcomes));
        }
        for (int i = 0; i < families; i++) {
            int id = i;
            clients.submit(() -> familyLoop(id, stop, outcomes));
        }
        clients.shutdown();
        Thread monitor = new Thread(() -> {
            while (!stop.get()) {
                int status = status("/health/ready");
                synchronized (readiness) {
                    readiness.put(System.nanoTime(), status);
                }
                sleep(200);
            }
        }, "readiness-monitor");
        monitor.start();

        TimeUnit.SECONDS.sleep(killAfter);
        ProcessHandle server = mariadb.serverProcess().orElseThrow(() -> new IllegalStateException("mariadbd is not running"));
        String command = server.info().command().orElse("?");
        long killed = System.nanoTime();
        boolean sigkill = server.destroyForcibly();
        server.onExit().get(30, TimeUnit.SECONDS);
        // The load goes on for its time, and at least until the portal has been ready again for 10 s
        // (however long the database takes to come back on a busy machine; at most 5 minutes more).
        long hardEnd = end + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() - hardEnd < 0) {
            if (databaseBack.get() == 0 && mariadb.isRunning()) {
                databaseBack.set(System.nanoTime());
            }
            long[] window = readinessWindow(readiness, killed);
            long readyAgain = window[1] != 0 ? window[1] : databaseBack.get() != 0 && window[0] == 0 ? databaseBack.get() : 0;
            if (System.nanoTime() - end >= 0 && readyAgain != 0 && System.nanoTime() - readyAgain > TimeUnit.SECONDS.toNanos(10)) {
                break;
            }
            sleep(200);
        }
        stop.set(true);
        long loadEnded = System.nanoTime();
        if (!clients.awaitTermination(REQUEST_TIMEOUT.toSeconds() * 2 + 10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the clients did not finish");
        }
        monitor.join();

        Set<String> stored = storedNumbers(Duration.ofSeconds(60));
        List<Outcome> all = new ArrayList<>(outcomes);
        List<String> lost = all.stream().filter(Outcome::acknowledged).map(Outcome::number)
                .filter(n -> !stored.contains(n)).sorted().toList();
        long acknowledged = all.stream().filter(Outcome::acknowledged).count();

        long[] window = readinessWindow(readiness, killed);
        Long readyDown = window[0] == 0 ? null : window[0];
        Long readyBack = window[1] == 0 ? null : window[1];

        line("");
        line("## (a) MariaDB killed (SIGKILL) during the help-request load");
        line("");
        line("`%s` (pid %d) killed %.1f s into the load (%s); the load went on for %.0f s in all. The database watch: %s.",
                command, server.pid(), seconds(killed - start), sigkill ? "SIGKILL sent" : "NOT SENT",
                seconds(loadEnded - start), String.join("; ", databaseWatch));
        line("MariaDB running again %s after the kill; `/health/ready` %s, %s.",
                databaseBack.get() == 0 ? "NEVER" : String.format(Locale.ROOT, "%.1f s", seconds(databaseBack.get() - killed)),
                readyDown == null ? "never left 200" : String.format(Locale.ROOT, "answered non-200 from %.1f s", seconds(readyDown - killed)),
                readyBack == null ? "NEVER back to 200" : String.format(Locale.ROOT, "200 again %.1f s after the kill", seconds(readyBack - killed)));
        line("");
        line("| channel | acknowledged (whole load) | answers after the kill, by kind | outage seen by clients | first acknowledgement after it |");
        line("|---|---|---|---|---|");
        int problems = lost.size();
        boolean recovered = true;
        for (String channel : List.of("telephony API", "online form: page", "online form: post")) {
            List<Outcome> mine = all.stream().filter(o -> o.channel().equals(channel)).toList();
            Map<String, Long> kinds = mine.stream().filter(o -> o.done() >= killed)
                    .collect(Collectors.groupingBy(Outcome::kind, TreeMap::new, Collectors.counting()));
            List<Outcome> failures = mine.stream().filter(o -> o.done() >= killed && !o.kind().equals("ok")
                    && !o.acknowledged()).toList();
            String outage = "none";
            String recovery = "—";
            if (!failures.isEmpty()) {
                long first = failures.stream().mapToLong(Outcome::done).min().orElseThrow();
                long last = failures.stream().mapToLong(Outcome::done).max().orElseThrow();
                outage = String.format(Locale.ROOT, "%.1f s (%.1f–%.1f s after the kill)", seconds(last - first),
                        seconds(first - killed), seconds(last - killed));
                Optional<Outcome> after = mine.stream().filter(o -> o.sent() > last && (o.acknowledged() || o.kind().equals("ok")))
                        .min((x, y) -> Long.compare(x.done(), y.done()));
                recovery = after.map(o -> String.format(Locale.ROOT, "%.1f s after the kill", seconds(o.done() - killed)))
                        .orElse("NONE");
                recovered &= after.isPresent();
            }
            line("| %s | %s | %s | %s | %s |", channel,
                    channel.endsWith("page") ? "—" : String.format(Locale.ROOT, "%,d", mine.stream().filter(Outcome::acknowledged).count()),
                    kinds.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")),
                    outage, recovery);
            if (channel.startsWith("online form")) {
                // The help form never answers with an error page: it says it cannot take the request now.
                problems += (int) mine.stream().filter(o -> o.kind().startsWith("HTTP 5")).count();
            }
        }
        line("");
        line("Acknowledged numbers looked up in `help_request` after the restart: %,d of %,d found, **%d lost**%s.",
                acknowledged - lost.size(), acknowledged, lost.size(), lost.isEmpty() ? "" : ": " + String.join(", ", lost));
        line("The portal was not restarted (Payara pid %d throughout).", payara.pid());
        return problems + (recovered && (readyBack != null || readyDown == null) && databaseBack.get() != 0 ? 0 : 1);
    }

    /** When {@code /health/ready} first answered other than 200 after {@code since}, and when 200 again after that (0: not seen). */
    private static long[] readinessWindow(Map<Long, Integer> readiness, long since) {
        long down = 0;
        long back = 0;
        synchronized (readiness) {
            for (Map.Entry<Long, Integer> probe : readiness.entrySet()) {
                if (probe.getKey() < since) {
                    continue;
                }
                if (down == 0 && probe.getValue() != 200) {
                    down = probe.getKey();
                } else if (down != 0 && back == 0 && probe.getValue() == 200) {
                    back = probe.getKey();
                }
            }
        }
        return new long[] {down, back};
    }

    private void operatorLoop(int id, AtomicBoolean stop, Queue<Outcome> outcomes) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int seq = 0; !stop.get(); seq++) {
            String body = call("faults-op" + id + "-" + seq, HelpRequestLoad.pick(municipalities, random),
                    random.nextInt(50) == 0 ? "IMMEDIATE_THREAT" : HelpRequestLoad.pick(HelpRequestLoad.TRIAGE, random), random);
            long sent = System.nanoTime();
            try {
                HttpResponse<String> answer = http.send(telephonyPost(body), HttpResponse.BodyHandlers.ofString());
                Optional<String> number = answer.statusCode() == 201 ? HelpRequestLoad.numberIn(answer.body()) : Optional.empty();
                outcomes.add(new Outcome("telephony API", sent, System.nanoTime(),
                        number.isPresent() ? "acknowledged" : "HTTP " + answer.statusCode(), number.orElse(null)));
            } catch (IOException e) {
                outcomes.add(new Outcome("telephony API", sent, System.nanoTime(), "no answer", null));
                sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void familyLoop(int id, AtomicBoolean stop, Queue<Outcome> outcomes) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int seq = 0; !stop.get(); seq++) {
            long sent = System.nanoTime();
            HttpResponse<String> page;
            try {
                page = http.send(HttpRequest.newBuilder(payara.uri("/ask-for-help.xhtml")).timeout(REQUEST_TIMEOUT).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                outcomes.add(new Outcome("online form: page", sent, System.nanoTime(), "no answer", null));
                sleep(100);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            FormPage form = new FormPage(page.body());
            boolean usable = page.statusCode() == 200 && form.viewState().isPresent();
            outcomes.add(new Outcome("online form: page", sent, System.nanoTime(),
                    usable ? "ok" : "HTTP " + page.statusCode(), null));
            if (!usable) {
                sleep(100);
                continue;
            }
            Map<String, List<String>> fields = familyFields(id, seq, form, random);
            HttpRequest.Builder post = HelpRequestLoad.formPost(payara.uri("/ask-for-help.xhtml"), fields, page);
            sent = System.nanoTime();
            try {
                HttpResponse<String> answer = http.send(post.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                Optional<String> number = answer.statusCode() == 200 ? new FormPage(answer.body()).requestNumber() : Optional.empty();
                String kind = number.isPresent() ? "acknowledged"
                        : answer.statusCode() == 200 && answer.body().contains("id=\"unavailable\"")
                                && answer.body().contains(fields.get("ask:description").get(0))
                        ? "\"cannot take it now\" + hotline, form kept"
                        : "HTTP " + answer.statusCode() + (answer.statusCode() == 200 ? " without a number" : "");
                outcomes.add(new Outcome("online form: post", sent, System.nanoTime(), kind, number.orElse(null)));
            } catch (IOException e) {
                outcomes.add(new Outcome("online form: post", sent, System.nanoTime(), "no answer", null));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Map<String, List<String>> familyFields(int id, int seq, FormPage form, ThreadLocalRandom random) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("ask", List.of("ask"));
        fields.put("ask:callerType", List.of(HelpRequestLoad.pick(HelpRequestLoad.CALLER_TYPES, random)));
        fields.put("ask:municipality", List.of(HelpRequestLoad.pick(municipalities, random)));
        fields.put("ask:topics", List.of(HelpRequestLoad.pick(topics, random)));
        fields.put("ask:description", List.of("Family " + id + "-" + seq + " " + HelpRequestLoad.situation(random)));
        fields.put("ask:feltUrgency", List.of(HelpRequestLoad.pick(HelpRequestLoad.FELT_URGENCY, random)));
        fields.put("ask:contact", List.of("PHONE"));
        fields.put("ask:name", List.of("Parent " + id + "-" + seq));
        fields.put("ask:phone", List.of(HelpRequestLoad.phone(random)));
        fields.put("ask:email", List.of(""));
        fields.put("ask:messenger", List.of(""));
        fields.put("ask:contactTime", List.of("after 18:00"));
        fields.put("ask:website", List.of(""));
        fields.put("ask:consent", List.of("on"));
        fields.put("ask:send", List.of(""));
        fields.put("jakarta.faces.ViewState", List.of(form.viewState().orElseThrow()));
        form.nonce().ifPresent(nonce -> fields.put("primefaces.nonce", List.of(nonce)));
        return fields;
    }

    // --- (b) SMTP down while urgent alerts are queued ---

    private int smtpOutage() throws Exception {
        String municipality;
        long lastMailBefore;
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            // The municipality whose centre the demo specialist is on duty at (see DemoStaff).
            try (ResultSet rs = s.executeQuery("SELECT code FROM municipality WHERE resource_centre_organization_id IS NOT NULL"
                    + " ORDER BY kind, name_ru LIMIT 1")) {
                rs.next();
                municipality = rs.getString(1);
            }
            try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM mail_outbox")) {
                rs.next();
                lastMailBefore = rs.getLong(1);
            }
        }
        awaitOutboxEmpty(Duration.ofSeconds(60));

        smtp.stop();
        long down = System.nanoTime();
        List<String> urgent = new ArrayList<>();
        int refused = 0;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int seq = 0; System.nanoTime() - down < TimeUnit.SECONDS.toNanos(smtpDownSeconds); seq++) {
            HttpResponse<String> answer = http.send(telephonyPost(call("faults-urgent-" + seq, municipality,
                    "IMMEDIATE_THREAT", random)), HttpResponse.BodyHandlers.ofString());
            Optional<String> number = answer.statusCode() == 201 ? HelpRequestLoad.numberIn(answer.body()) : Optional.empty();
            if (number.isPresent()) {
                urgent.add(number.get());
            } else {
                refused++;
            }
            TimeUnit.SECONDS.sleep(3);
        }
        startSmtp();
        long up = System.nanoTime();

        Map<String, Instant> delivered = new HashMap<>();
        Map<Long, String> alerts = new HashMap<>();
        long deadline = up + TimeUnit.SECONDS.toNanos(mailWaitSeconds);
        long lastDelivery = up;
        while (true) {
            alerts = outboxSince(lastMailBefore);
            for (MimeMessage mail : smtp.getReceivedMessagesForDomain(SPECIALIST)) {
                String subject = mail.getSubject();
                for (String number : urgent) {
                    if (subject != null && subject.contains(number) && delivered.putIfAbsent(number, Instant.now()) == null) {
                        lastDelivery = System.nanoTime();
                    }
                }
            }
            if (delivered.keySet().containsAll(urgent) || System.nanoTime() - deadline > 0) {
                break;
            }
            TimeUnit.SECONDS.sleep(1);
        }
        List<String> missing = urgent.stream().filter(n -> !delivered.containsKey(n)).toList();
        String outboxState = outboxStates(lastMailBefore);

        line("");
        line("## (b) SMTP server down for %d s while urgent requests come in", smtpDownSeconds);
        line("");
        line("GreenMail stopped, then started again on port %d. During the outage %d urgent calls (immediate threat, %s)"
                + " were logged through the telephony API, one every 3 s (%d refused); %d alert mails were queued for %s.",
                smtpPort, urgent.size(), municipality, refused, alerts.size(), SPECIALIST);
        line("After the SMTP server was back: **%d of %d alerts delivered** within %d s%s; the last one %.1f s after the"
                        + " server came back. `mail_outbox` afterwards: %s.", urgent.size() - missing.size(), urgent.size(),
                mailWaitSeconds, missing.isEmpty() ? "" : " (not delivered: " + String.join(", ", missing) + ")",
                seconds(lastDelivery - up), outboxState);
        return missing.size() + (urgent.isEmpty() ? 1 : 0);
    }

    private void awaitOutboxEmpty(Duration wait) throws Exception {
        long until = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < until) {
            try (Connection c = db.getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL")) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    return;
                }
            }
            TimeUnit.SECONDS.sleep(1);
        }
    }

    private Map<Long, String> outboxSince(long lastId) throws SQLException {
        Map<Long, String> mails = new HashMap<>();
        try (Connection c = db.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT id, subject FROM mail_outbox WHERE id > ?")) {
            q.setLong(1, lastId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    mails.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return mails;
    }

    /** The mails queued since {@code lastId}: how many were sent, how many attempts the most tried one took. */
    private String outboxStates(long lastId) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement("SELECT COUNT(*),"
                + " SUM(sent_at IS NOT NULL), MAX(attempts), SUM(sent_at IS NULL AND attempts >= 20) FROM mail_outbox WHERE id > ?")) {
            q.setLong(1, lastId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return String.format(Locale.ROOT, "%d queued, %d sent, at most %d attempts for one mail, %d unsent with 20"
                        + " attempts or more (given up by today's outbox)", rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
            }
        }
    }

    // --- (c) index rebuilds under search load ---

    private int rebuildUnderSearch() throws Exception {
        List<String> questions = new ArrayList<>();
        for (String q : SEARCHES) {
            if (total(q).orElse(0) > 0) {
                questions.add(q);
            }
        }
        if (questions.size() < 3) {
            throw new IllegalStateException("Too few searches with results before the rebuild: " + questions);
        }
        HttpClient admin = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        signIn(admin);

        Map<String, Long> empty = new TreeMap<>();
        Map<String, Long> errors = new TreeMap<>();
        AtomicLong answers = new AtomicLong();
        AtomicBoolean searching = new AtomicBoolean(true);
        AtomicBoolean rebuilding = new AtomicBoolean(false);
        AtomicLong duringRebuild = new AtomicLong();
        int searchers = Math.max(2, (operators + families) / 2);
        ExecutorService clients = Executors.newFixedThreadPool(searchers);
        for (int i = 0; i < searchers; i++) {
            int offset = i;
            clients.submit(() -> {
                for (int n = offset; searching.get(); n++) {
                    String q = questions.get(n % questions.size());
                    boolean inRebuild = rebuilding.get();
                    Optional<Integer> total = total(q);
                    answers.incrementAndGet();
                    if (inRebuild || rebuilding.get()) {
                        duringRebuild.incrementAndGet();
                    }
                    synchronized (empty) {
                        if (total.isEmpty()) {
                            errors.merge(q, 1L, Long::sum);
                        } else if (total.get() == 0) {
                            empty.merge(q, 1L, Long::sum);
                        }
                    }
                }
            });
        }
        clients.shutdown();
        TimeUnit.SECONDS.sleep(5);
        List<String> durations = new ArrayList<>();
        int failedRebuilds = 0;
        for (int r = 0; r < rebuilds; r++) {
            HttpResponse<String> page = admin.send(HttpRequest.newBuilder(payara.uri("/admin/directory.xhtml")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            FormPage form = new FormPage(page.body());
            Map<String, List<String>> fields = new LinkedHashMap<>();
            fields.put("index", List.of("index"));
            fields.put("index:rebuild", List.of(""));
            fields.put("jakarta.faces.ViewState", List.of(form.viewState().orElseThrow(() ->
                    new IllegalStateException("No admin directory page (HTTP " + page.statusCode() + ")"))));
            form.nonce().ifPresent(nonce -> fields.put("primefaces.nonce", List.of(nonce)));
            rebuilding.set(true);
            long started = System.nanoTime();
            admin.send(HttpRequest.newBuilder(payara.uri("/admin/directory.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(HelpRequestLoad.urlEncoded(fields))).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String status = "";
            long until = started + TimeUnit.SECONDS.toNanos(180);
            while (System.nanoTime() < until) {
                status = admin.send(HttpRequest.newBuilder(payara.uri("/admin/directory.xhtml")).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
                if (!status.contains("id=\"rebuild-running\"")
                        && (status.contains("id=\"rebuild-done\"") || status.contains("class=\"error\""))) {
                    break;
                }
                TimeUnit.MILLISECONDS.sleep(250);
            }
            rebuilding.set(false);
            boolean done = status.contains("id=\"rebuild-done\"") && !status.contains("id=\"rebuild-running\"");
            failedRebuilds += done ? 0 : 1;
            durations.add(String.format(Locale.ROOT, "%.1f s%s", seconds(System.nanoTime() - started), done ? "" : " (NOT FINISHED)"));
            TimeUnit.SECONDS.sleep(2);
        }
        TimeUnit.SECONDS.sleep(3);
        searching.set(false);
        clients.awaitTermination(REQUEST_TIMEOUT.toSeconds() * 2, TimeUnit.SECONDS);

        long emptyAnswers = empty.values().stream().mapToLong(Long::longValue).sum();
        long errorAnswers = errors.values().stream().mapToLong(Long::longValue).sum();
        line("");
        line("## (c) Index rebuilds under search load");
        line("");
        line("%d searchers asked %d questions that have results (%s) over `GET /api/search`; the administrator (signed in)"
                + " pressed \"rebuild\" on `/admin/directory.xhtml` %d times, each waited for until the page said it was"
                + " done: %s.", searchers, questions.size(), String.join(", ", questions), rebuilds, String.join(", ", durations));
        line("Answers: %,d in all, %,d of them while a rebuild ran; **%d with no results**%s; %d errors%s.",
                answers.get(), duringRebuild.get(), emptyAnswers,
                empty.isEmpty() ? "" : " (" + empty.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                        .collect(Collectors.joining(", ")) + ")",
                errorAnswers, errors.isEmpty() ? "" : " (" + errors + ")");
        return (int) Math.min(Integer.MAX_VALUE, emptyAnswers + errorAnswers) + failedRebuilds;
    }

    /** The total of a search, empty when the answer was not a 200 with a total. */
    private Optional<Integer> total(String q) {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(payara.uri("/api/search?q="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8))).timeout(REQUEST_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() != 200) {
                return Optional.empty();
            }
            try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
                JsonObject body = reader.readObject();
                return Optional.of(body.getInt("total"));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private void signIn(HttpClient admin) throws Exception {
        HttpResponse<String> page = admin.send(HttpRequest.newBuilder(payara.uri("/sign-in.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        FormPage form = new FormPage(page.body());
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("signIn", List.of("signIn"));
        fields.put("signIn:email", List.of(ADMIN_EMAIL));
        fields.put("signIn:password", List.of(adminPassword));
        fields.put("signIn:submit", List.of(""));
        fields.put("jakarta.faces.ViewState", List.of(form.viewState().orElseThrow()));
        form.nonce().ifPresent(nonce -> fields.put("primefaces.nonce", List.of(nonce)));
        admin.send(HttpRequest.newBuilder(payara.uri("/sign-in.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(HelpRequestLoad.urlEncoded(fields))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        int status = admin.send(HttpRequest.newBuilder(payara.uri("/admin/directory.xhtml")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 200) {
            throw new IllegalStateException("The administrator could not sign in (/admin/directory.xhtml: HTTP " + status + ")");
        }
    }

    // --- server, mail and database ---

    private void startSmtp() {
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    private String call(String callId, String municipality, String triage, ThreadLocalRandom random) {
        return Json.createObjectBuilder()
                .add("callId", callId)
                .add("callerType", HelpRequestLoad.pick(HelpRequestLoad.CALLER_TYPES, random))
                .add("callerName", "Caller " + callId)
                .add("callerPhone", HelpRequestLoad.phone(random))
                .add("municipality", municipality)
                .add("topics", Json.createArrayBuilder().add(HelpRequestLoad.pick(topics, random)))
                .add("triage", triage)
                .add("summary", "Call " + callId + ": " + HelpRequestLoad.situation(random))
                .add("outcome", HelpRequestLoad.pick(HelpRequestLoad.OUTCOMES, random))
                .add("durationSeconds", 60 + random.nextInt(1200))
                .build().toString();
    }

    private HttpRequest telephonyPost(String body) {
        return HttpRequest.newBuilder(payara.uri("/api/telephony/calls")).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private int status(String path) {
        try {
            return http.send(HttpRequest.newBuilder(payara.uri(path)).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private void issueToken() throws Exception {
        HelpRequestLoad.issueToken(db, token, "Fault benchmark", "fault-benchmark");
    }

    private void learnTheForm() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(payara.uri("/ask-for-help.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        FormPage form = new FormPage(page.body());
        municipalities = form.options("ask:municipality");
        topics = form.choices("ask:topics");
        if (municipalities.isEmpty() || topics.isEmpty()) {
            throw new IllegalStateException("The form offers no municipalities or topics (HTTP " + page.statusCode() + ")");
        }
    }

    /** Every stored request number, once the database answers again (waiting up to {@code wait}). */
    private Set<String> storedNumbers(Duration wait) throws Exception {
        long until = System.nanoTime() + wait.toNanos();
        while (true) {
            try (Connection c = db.getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT number FROM help_request")) {
                Set<String> numbers = new HashSet<>();
                while (rs.next()) {
                    numbers.add(rs.getString(1));
                }
                return numbers;
            } catch (SQLException e) {
                if (System.nanoTime() > until) {
                    throw e;
                }
                TimeUnit.SECONDS.sleep(1);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private void line(String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
