package org.familyportal.ops.bench;

import org.familyportal.directory.infrastructure.search.LuceneDirectorySearch;
import org.familyportal.directory.wiring.Directory;
import org.familyportal.directory.infrastructure.jdbc.JdbcHsdsRows;
import org.familyportal.directory.application.demo.DemoDirectory;
import org.familyportal.directory.application.exchange.DirectoryImport;
import org.familyportal.directory.application.exchange.ImportBatch;
import org.familyportal.directory.application.exchange.ImportReport;
import org.familyportal.directory.domain.hsds.HsdsModel;
import org.familyportal.directory.domain.hsds.Ids;
import org.familyportal.directory.domain.search.IndexedService;
import org.familyportal.directory.domain.search.SearchQuery;
import org.familyportal.directory.infrastructure.lucene.RussianLemmaAnalyzer;
import org.familyportal.directory.infrastructure.schema.ModuleMigrations;
import org.familyportal.embedded.DatabaseSettings;
import org.familyportal.embedded.EmbeddedMariaDb;
import org.mariadb.jdbc.MariaDbDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URI;
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
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Measures the directory search at scale, side by side with the way a typical portal does it:
 * a seeded directory of N services (default 100,000) in MariaDB; the Lucene index's rebuild time,
 * size and heap; latency p50/p99 of a fixed mixed query set (keyword, keyword near a place,
 * kind-of-help near a place with facet counts, typos) in-process, and of the same queries answered
 * by MariaDB with FULLTEXT and ST_Distance_Sphere; and, when given the WAR and Payara Micro, the
 * HTTP throughput of the search endpoint against a trivial endpoint of the same server, and the
 * latency of the HSDS API's page of 200 services beside one service. Lucene is
 * measured warm, on first-time questions (distinct, so no cache serves them) and on repeated ones
 * (served from the per-reader cache of counts and pages), and both are reported.
 * <p>
 * Usage: {@code SearchBenchmark [services] [portal-web.war payara-micro.jar]}; results also go to
 * {@code target/bench/results.md}. System properties: {@code bench.rounds} (default 1) measures that
 * many sets of first-time questions, each new, one after the other on the same index (a second
 * sample without a second import and rebuild); {@code bench.sql=false} leaves out MariaDB's
 * FULLTEXT, {@code bench.http=false} the HTTP part (to compare two builds by CPU time sooner).
 */
public final class SearchBenchmark {

    private record Query(String kind, String text, String town, double lat, double lon, String category) {
    }

    private static final List<Query> QUERIES = List.of(
            new Query("keyword", "психолог", null, 0, 0, null),
            new Query("keyword", "юридическая помощь", null, 0, 0, null),
            new Query("keyword", "школа родителей", null, 0, 0, null),
            new Query("keyword", "гуманитарная помощь одежда", null, 0, 0, null),
            new Query("keyword+geo", "психолог", "54-novosibirsk", 55.0302, 82.9204, null),
            new Query("keyword+geo", "юридическая помощь", "38-irkutsk", 52.2870, 104.3050, null),
            new Query("keyword+geo", "наставник подросток", "74-chelyabinsk", 55.1644, 61.4368, null),
            new Query("keyword+geo", "школа родителей", "63-samara", 53.1959, 50.1002, null),
            new Query("facets", "", "54-novosibirsk", 55.0302, 82.9204, "legal-aid"),
            new Query("facets", "", "38-bratsk", 56.1515, 101.6340, "psychological-help"),
            new Query("facets", "", "74-magnitogorsk", 53.4072, 58.9794, "humanitarian-aid"),
            new Query("facets", "", "63-tolyatti", 53.5078, 49.4204, "parents-school"),
            new Query("typo", "псхолог", null, 0, 0, null),
            new Query("typo", "юридичская", null, 0, 0, null),
            new Query("typo+geo", "наставнек", "54-berdsk", 54.7581, 83.1070, null),
            new Query("typo+geo", "гуманитарнея", "63-syzran", 53.1554, 48.4745, null));
    private static final double RADIUS_KM = 25;
    /** Words for first-time questions: kinds of help, audiences, and one-letter typos of them. */
    private static final String[] WORDS = {"психолог", "юрист", "юридическая консультация", "школа родителей",
        "гуманитарная помощь", "одежда для детей", "логопед", "наставник", "пособия многодетным", "кружки",
        "трудоустройство", "зависимость", "приемная семья", "работа", "ранняя помощь", "консультация",
        "помощь семье", "подросток", "алименты", "опека", "усыновление", "вебинар", "лагерь", "секция", "врач",
        "дефектолог", "кризисный центр", "выплаты", "льготы", "продукты", "инвалидность", "беременность",
        "адвокат", "горячая линия", "социальный контракт", "детский сад"};
    private static final String[] TYPOS = {"псхолог", "юрсит", "логапед", "наставнек", "трудоустройсво", "зависимасть",
        "кружкии", "консультацыя", "дефектолг", "адвакат", "усыновлене", "вебенар"};
    private static final String[] CATEGORIES = {"legal-aid", "psychological-help", "humanitarian-aid", "parents-school",
        "mentoring", "employment", "early-intervention", "benefits-advice"};
    /** First-time questions measured, and asked before to warm the JVM up (a running portal is warm). */
    private static final int FIRST_TIME = 1000;
    private static final int WARM_UP = 1500;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int services = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path work = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();
        Files.createDirectories(work);
        StringBuilder out = new StringBuilder("# Search benchmark\n\n");
        try (EmbeddedMariaDb mariadb = EmbeddedMariaDb.start(work.resolve("mariadb"))) {
            DatabaseSettings settings = mariadb.provisionEmpty("bench", "bench", "bench-password");
            MariaDbDataSource db = new MariaDbDataSource(settings.url());
            db.setUser(settings.user());
            db.setPassword(settings.password());
            // The directory's migrations, in its own history: the portal started for the HTTP part
            // adds its own beside them.
            ModuleMigrations.migrate(db, SearchBenchmark.class.getClassLoader(), List.of(ModuleMigrations.DIRECTORY));

            long start = System.nanoTime();
            ImportBatch batch = BenchmarkDirectory.generate(towns(db), services, 20261122L);
            ImportReport report = new Directory(db).importer().run(batch);
            batch = null;
            double importSeconds = seconds(start);
            if (!report.clean()) {
                throw new IllegalStateException(report.describe());
            }
            line(out, "Directory: %,d services, %,d rows imported through the HSDS import in %.1f s", services,
                    report.written(), importSeconds);

            // -Dbench.parts=hsds: the import and the HSDS API over HTTP only (no index measures, no search load).
            boolean hsdsOnly = "hsds".equals(System.getProperty("bench.parts", "all"));
            Path indexDir = work.resolve("index");
            deleteTree(indexDir);
            if (!hsdsOnly) {
                com.sun.management.OperatingSystemMXBean os =
                        (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
                long rebuildCpu = os.getProcessCpuTime();
                start = System.nanoTime();
                try (LuceneDirectorySearch search = LuceneDirectorySearch.open(db, indexDir)) {
                    double rebuild = seconds(start);
                    line(out, "Index rebuild from MariaDB: %.1f s (target ≤ 60 s), %.1f s of this process's CPU time; index size"
                                    + " %.1f MB; heap after GC %.0f MB",
                            rebuild, (os.getProcessCpuTime() - rebuildCpu) / 1e9, size(indexDir) / 1e6, heapMb());
                    List<BenchmarkDirectory.Town> towns = towns(db);
                    Set<String> asked = new java.util.HashSet<>();
                    List<Query> warmUp = distinctQueries(towns, WARM_UP, 1L, asked);
                    List<Query> firstTime = distinctQueries(towns, FIRST_TIME, 2L, asked);
                    OtherCpu others = OtherCpu.start();
                    // The JIT compiles the search in the first thousand or so queries; a running portal is warm.
                    warmUp.forEach(q -> lucene(search, q));
                    List<Long> cold = new ArrayList<>();
                    // The searching thread's CPU time too: on a shared machine it moves far less than the
                    // elapsed time, so two builds compare by it even when other work runs (ops/README).
                    List<Long> coldCpu = new ArrayList<>();
                    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
                    for (Query q : firstTime) {
                        long cpu = threads.getCurrentThreadCpuTime();
                        long t = System.nanoTime();
                        lucene(search, q);
                        cold.add(System.nanoTime() - t);
                        coldCpu.add(threads.getCurrentThreadCpuTime() - cpu);
                    }
                    List<Long> lucene = measure(q -> lucene(search, q), 3, 60);
                    String otherShare = others.share();
                    StringBuilder rounds = new StringBuilder();
                    for (int round = 2; round <= Integer.getInteger("bench.rounds", 1); round++) {
                        List<Query> more = distinctQueries(towns, FIRST_TIME, round + 1L, asked);
                        OtherCpu busy = OtherCpu.start();
                        List<Long> wall = new ArrayList<>();
                        List<Long> cpuOf = new ArrayList<>();
                        for (Query q : more) {
                            long cpu = threads.getCurrentThreadCpuTime();
                            long t = System.nanoTime();
                            lucene(search, q);
                            wall.add(System.nanoTime() - t);
                            cpuOf.add(threads.getCurrentThreadCpuTime() - cpu);
                        }
                        rounds.append(String.format(Locale.ROOT, "%nRound %d of first-time questions (%,d more, new; other processes"
                                + " took %s of the CPU):%n", round, more.size(), busy.share()));
                        byKind(rounds, more, wall, cpuOf, List.of(), List.of());
                    }
                    line(out, "\nLucene after %,d warm-up queries. *First-time* questions: %,d questions that differ from"
                            + " each other and from the warm-up as the search sees them (lemmas in any order, town, kind of"
                            + " help), each asked once, so no cached count or page can serve them."
                            + " *Repeated*: the fixed 16 questions below, 60 times each; from their second asking their"
                            + " counts and page come from the per-reader cache (\"open now\" is still decided each time).",
                            warmUp.size(), firstTime.size());
                    boolean withSql = !"false".equals(System.getProperty("bench.sql"));
                    if (withSql) {
                        addFullText(db);
                    }
                    List<Long> sql = withSql ? measure(q -> mariadb(db, q), 1, 4) : List.of();
                    out.append("\n| engine | p50 ms | p99 ms |\n|---|---|---|\n");
                    row(out, "Lucene in process, first-time questions", cold);
                    row(out, "Lucene in process, first-time questions, CPU time of the searching thread", coldCpu);
                    row(out, "Lucene in process, repeated questions", lucene);
                    if (withSql) {
                        row(out, "MariaDB FULLTEXT + ST_Distance_Sphere", sql);
                    }
                    byKind(out, firstTime, cold, coldCpu, lucene, sql);
                    if (withSql) {
                        line(out, "\nMariaDB / Lucene first-time: p50 %.0f×, p99 %.0f× (target ≥ 20×); Lucene p99 target ≤ 10 ms",
                                percentile(sql, 50) / (double) percentile(cold, 50), percentile(sql, 99) / (double) percentile(cold, 99));
                    }
                    line(out, "CPU taken by other processes during the in-process Lucene part: %s of the machine's %d cores"
                            + " (another build or test run on the machine skews every number)", otherShare,
                            Runtime.getRuntime().availableProcessors());
                    out.append(rounds);
                }
            }
            if (args.length >= 3 && !"false".equals(System.getProperty("bench.http"))) {
                http(out, settings, Path.of(args[1]), Path.of(args[2]), work, hsdsOnly);
            }
        }
        System.out.println(out);
        Files.writeString(work.resolve("results.md"), out);
    }

    /**
     * For {@link SearchComparison}, which asks two builds the same questions in one process: this
     * build's directory of {@code services} generated services, imported into an embedded MariaDB and
     * indexed under {@code work}. Plain JDK types only, as the comparison reaches it through another
     * class loader: "ask" (a {@code Consumer<String[]>} of kind, text, town, latitude, longitude,
     * kind of help; nulls where none), "warmUp" and "firstTime" (the questions, {@code rounds} sets of
     * first-time ones, each a {@code String[]}), "close" (a {@code Runnable}).
     */
    public static java.util.Map<String, Object> forComparison(Path work, int services, int rounds) throws Exception {
        Files.createDirectories(work);
        EmbeddedMariaDb mariadb = EmbeddedMariaDb.start(work.resolve("mariadb"));
        DatabaseSettings settings = mariadb.provisionEmpty("bench", "bench", "bench-password");
        MariaDbDataSource db = new MariaDbDataSource(settings.url());
        db.setUser(settings.user());
        db.setPassword(settings.password());
        ModuleMigrations.migrate(db, SearchBenchmark.class.getClassLoader(), List.of(ModuleMigrations.DIRECTORY));
        ImportReport report = new Directory(db).importer().run(BenchmarkDirectory.generate(towns(db), services, 20261122L));
        if (!report.clean()) {
            throw new IllegalStateException(report.describe());
        }
        Path indexDir = work.resolve("index");
        deleteTree(indexDir);
        LuceneDirectorySearch search = LuceneDirectorySearch.open(db, indexDir);
        List<BenchmarkDirectory.Town> towns = towns(db);
        Set<String> asked = new java.util.HashSet<>();
        List<String[]> warmUp = asArrays(distinctQueries(towns, WARM_UP, 1L, asked));
        List<String[]> firstTime = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            firstTime.addAll(asArrays(distinctQueries(towns, FIRST_TIME, round + 1L, asked)));
        }
        java.util.function.Consumer<String[]> ask = a -> lucene(search, new Query(a[0], a[1], a[2],
                a[3] == null ? 0 : Double.parseDouble(a[3]), a[4] == null ? 0 : Double.parseDouble(a[4]), a[5]));
        Runnable close = () -> {
            try {
                search.close();
                mariadb.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        return java.util.Map.of("ask", ask, "warmUp", warmUp, "firstTime", firstTime, "close", close);
    }

    private static List<String[]> asArrays(List<Query> questions) {
        return questions.stream().map(q -> new String[] {q.kind(), q.text(), q.town(),
                q.town() == null ? null : Double.toString(q.lat()), q.town() == null ? null : Double.toString(q.lon()),
                q.category()}).toList();
    }

    // --- in-process and MariaDB queries ---

    private static void lucene(LuceneDirectorySearch search, Query q) {
        SearchQuery query = SearchQuery.text(q.text());
        if (q.town() != null) {
            query = query.near(new IndexedService.Point(q.lat(), q.lon()), q.town(), RADIUS_KM);
        }
        if (q.category() != null) {
            query = query.withCategories(Set.of(q.category()));
        }
        try {
            search.search(query);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code count} questions, in the mix of the fixed set (keywords, one or two; a keyword near a
     * town; a kind of help near a town; typos with and without a town), that differ from each
     * other and from {@code asked} as the search sees them: by their words' lemmas (in any order),
     * town and kind of help. Keys of the questions made are added to {@code asked}.
     */
    private static List<Query> distinctQueries(List<BenchmarkDirectory.Town> towns, int count, long seed, Set<String> asked) {
        java.util.Random random = new java.util.Random(seed);
        List<Query> questions = new ArrayList<>();
        for (int attempt = 0; questions.size() < count && attempt < 100 * count; attempt++) {
            BenchmarkDirectory.Town t = towns.get(random.nextInt(towns.size()));
            String word = WORDS[random.nextInt(WORDS.length)];
            String typo = TYPOS[random.nextInt(TYPOS.length)];
            String second = random.nextBoolean() ? "" : " " + WORDS[random.nextInt(WORDS.length)];
            Query q = switch (random.nextInt(5)) {
                case 0 -> new Query("keyword", word + second, null, 0, 0, null);
                case 1 -> new Query("keyword+geo", word, t.code(), t.latitude(), t.longitude(), null);
                case 2 -> new Query("facets", "", t.code(), t.latitude(), t.longitude(),
                        CATEGORIES[random.nextInt(CATEGORIES.length)]);
                case 3 -> new Query("typo", typo + second, null, 0, 0, null);
                default -> new Query("typo+geo", typo, t.code(), t.latitude(), t.longitude(), null);
            };
            if (asked.add(lemmas(q.text()) + "|" + q.town() + "|" + q.category())) {
                questions.add(q);
            }
        }
        return questions;
    }

    /** The words as the search sees them: their lemmas, sorted. */
    private static String lemmas(String text) {
        java.util.TreeSet<String> lemmas = new java.util.TreeSet<>();
        try (org.apache.lucene.analysis.Analyzer analyzer = new RussianLemmaAnalyzer();
             org.apache.lucene.analysis.TokenStream tokens = analyzer.tokenStream("text", text)) {
            org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
                    tokens.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                lemmas.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return String.join(" ", lemmas);
    }

    /** The machine's CPU time not spent by this JVM, from /proc/stat (Linux), as a share of all cores. */
    private record OtherCpu(long busyAtStart, long ownAtStart, long startNanos) {
        static OtherCpu start() {
            return new OtherCpu(machineBusyTicks(), ownCpuNanos(), System.nanoTime());
        }

        String share() {
            long busy = machineBusyTicks();
            if (busy < 0 || busyAtStart < 0) {
                return "unknown";
            }
            double busySeconds = (busy - busyAtStart) / 100.0; // USER_HZ
            double ownSeconds = (ownCpuNanos() - ownAtStart) / 1e9;
            double wall = (System.nanoTime() - startNanos) / 1e9 * Runtime.getRuntime().availableProcessors();
            return String.format(Locale.ROOT, "%.0f %%", 100 * Math.max(0, busySeconds - ownSeconds) / wall);
        }

        private static long machineBusyTicks() {
            try {
                String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long busy = 0;
                for (int i : new int[] {1, 2, 3, 6, 7, 8}) { // user nice system irq softirq steal
                    busy += Long.parseLong(cpu[i]);
                }
                return busy;
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }

        private static long ownCpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime();
        }
    }

    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.2f",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** The same question as a typical portal asks MariaDB: a page of ten, the total, and for facets the counts. */
    private static void mariadb(DataSource db, Query q) {
        String geo = q.town() == null ? "" : " AND ST_Distance_Sphere(POINT(l.longitude, l.latitude), POINT(?, ?)) <= ?";
        String text = q.text().isEmpty() ? "" : " AND MATCH(s.name, s.description) AGAINST (? IN NATURAL LANGUAGE MODE)";
        String category = q.category() == null ? "" : " AND EXISTS (SELECT 1 FROM attribute a WHERE a.link_id = s.id AND a.taxonomy_term_id = ?)";
        String from = " FROM service s JOIN service_at_location sal ON sal.service_id = s.id JOIN location l ON l.id = sal.location_id"
                + " WHERE s.status = 'active'" + text + geo + category;
        String order = q.town() != null ? " ORDER BY ST_Distance_Sphere(POINT(l.longitude, l.latitude), POINT(?, ?))"
                : q.text().isEmpty() ? "" : " ORDER BY MATCH(s.name, s.description) AGAINST (? IN NATURAL LANGUAGE MODE) DESC";
        try (Connection c = db.getConnection()) {
            run(c, "SELECT s.id, s.name" + from + order + " LIMIT 10", q, true);
            run(c, "SELECT COUNT(*)" + from, q, false);
            run(c, "SELECT a2.taxonomy_term_id, COUNT(*) FROM attribute a2 WHERE a2.link_id IN (SELECT s.id" + from
                    + ") GROUP BY a2.taxonomy_term_id", q, false);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void run(Connection c, String sql, Query q, boolean ordered) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (!q.text().isEmpty()) {
                ps.setString(i++, q.text());
            }
            if (q.town() != null) {
                ps.setDouble(i++, q.lon());
                ps.setDouble(i++, q.lat());
                ps.setDouble(i++, RADIUS_KM * 1000);
            }
            if (q.category() != null) {
                ps.setString(i++, Ids.term("family-support", q.category()));
            }
            if (ordered && q.town() != null) {
                ps.setDouble(i++, q.lon());
                ps.setDouble(i++, q.lat());
            } else if (ordered && !q.text().isEmpty()) {
                ps.setString(i++, q.text());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getString(1);
                }
            }
        }
    }

    private static void addFullText(DataSource db) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE service ADD FULLTEXT INDEX ft_service_text (name, description)");
        }
    }

    /** The latencies of one kind of query (measure() records them in QUERIES order, pass after pass). */
    /**
     * Per kind of question: first-time elapsed and thread CPU time (of {@code asked}), and the
     * repeated questions and MariaDB when measured (empty: a dash).
     */
    private static void byKind(StringBuilder out, List<Query> asked, List<Long> wall, List<Long> cpu, List<Long> repeated,
                               List<Long> sql) {
        out.append("\n| query kind | Lucene first-time p50 / p99 ms | first-time CPU time p50 / p99 ms"
                + " | Lucene repeated p50 / p99 ms | MariaDB p50 / p99 ms |\n|---|---|---|---|---|\n");
        for (String kind : QUERIES.stream().map(Query::kind).distinct().toList()) {
            List<Long> c = new ArrayList<>();
            List<Long> t = new ArrayList<>();
            for (int i = 0; i < asked.size(); i++) {
                if (asked.get(i).kind().equals(kind)) {
                    c.add(wall.get(i));
                    t.add(cpu.get(i));
                }
            }
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", kind, pair(c, 1e6, "%.2f"),
                    pair(t, 1e6, "%.2f"), pair(ofKind(repeated, kind), 1e6, "%.2f"), pair(ofKind(sql, kind), 1e6, "%.0f")));
        }
    }

    private static String pair(List<Long> values, double unit, String format) {
        if (values.isEmpty()) {
            return "—";
        }
        return String.format(Locale.ROOT, format + " / " + format, percentile(values, 50) / unit, percentile(values, 99) / unit);
    }

    private static List<Long> ofKind(List<Long> latencies, String kind) {
        List<Long> selected = new ArrayList<>();
        for (int i = 0; i < latencies.size(); i++) {
            if (QUERIES.get(i % QUERIES.size()).kind().equals(kind)) {
                selected.add(latencies.get(i));
            }
        }
        return selected;
    }

    /** Latencies in nanoseconds of every single query, over {@code passes} after {@code warmup} passes. */
    private static List<Long> measure(java.util.function.Consumer<Query> engine, int warmup, int passes) {
        for (int i = 0; i < warmup; i++) {
            QUERIES.forEach(engine);
        }
        List<Long> latencies = new ArrayList<>();
        for (int p = 0; p < passes; p++) {
            for (Query q : QUERIES) {
                long t = System.nanoTime();
                engine.accept(q);
                latencies.add(System.nanoTime() - t);
            }
        }
        return latencies;
    }

    // --- HTTP ---

    private static void http(StringBuilder out, DatabaseSettings settings, Path war, Path payaraJar, Path work,
                             boolean hsdsOnly) throws Exception {
        // -Dbench.httpPort: another port when several benchmarks share the machine.
        int port = Integer.getInteger("bench.httpPort", 18080);
        Path log = work.resolve("payara.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", payaraJar.toString(), "--deploy", war.toString(), "--contextroot", "/",
                "--port", Integer.toString(port), "--nocluster").redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("PORTAL_DB_URL", settings.url());
        builder.environment().put("PORTAL_DB_USER", settings.user());
        builder.environment().put("PORTAL_DB_PASSWORD", settings.password());
        builder.environment().put("PORTAL_INDEX_DIR", work.resolve("http-index").toString());
        builder.environment().put("PORTAL_DEMO_DATA", "false");
        // A portal without a data key is not ready (it could not store a help request).
        builder.environment().put("PORTAL_DATA_KEY", java.util.Base64.getEncoder().encodeToString(HelpRequestLoad.random(32)));
        // Every client is 127.0.0.1: the per-address limits of the public API and of searches would measure themselves.
        builder.environment().put("PORTAL_LIMITS_API_CALLS_PER_MINUTE", "0");
        builder.environment().put("PORTAL_LIMITS_SEARCHES_PER_MINUTE", "0");
        Process payara = builder.start();
        try {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
            URI ready = URI.create("http://127.0.0.1:" + port + "/health/ready");
            Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
            boolean up = false;
            while (!up && Instant.now().isBefore(deadline) && payara.isAlive()) {
                try {
                    HttpResponse<String> health = client.send(HttpRequest.newBuilder(ready).build(),
                            HttpResponse.BodyHandlers.ofString());
                    up = health.statusCode() == 200;
                    if (health.body().contains("No Application deployed") && Files.readString(log).contains(") ready in ")) {
                        line(out, "\nHTTP part skipped: the portal did not deploy on the benchmark database (see %s)", log);
                        return;
                    }
                } catch (IOException notYet) {
                    // starting
                }
                TimeUnit.SECONDS.sleep(1);
            }
            if (!up) {
                line(out, "\nHTTP part skipped: the portal did not become ready (see %s)", log);
                return;
            }
            String base = "http://127.0.0.1:" + port;
            String search = base + "/api/search?q=" + URLEncoder.encode("психолог", StandardCharsets.UTF_8)
                    + "&place=" + URLEncoder.encode("Новосибирск", StandardCharsets.UTF_8);
            String trivial = base + "/api/contacts";
            // First-time questions: words near the centres of all towns, more than the per-reader
            // cache holds and asked in turn, so every request is counted and ranked anew.
            List<String> firstTime = new ArrayList<>();
            for (String word : WORDS) {
                for (BenchmarkDirectory.Town t : towns(settings)) {
                    firstTime.add(base + "/api/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)
                            + "&lat=" + t.latitude() + "&lon=" + t.longitude());
                }
            }
            if (hsdsOnly) {
                line(out, "\nLoad average before the HSDS part: %s", loadAverage());
                hsds(out, client, base, settings);
                return;
            }
            String load = loadAverage();
            load(client, List.of(trivial), 5);
            load(client, firstTime, 10);
            double trivialRate = load(client, List.of(trivial), 20);
            double searchRate = load(client, List.of(search), 20);
            double firstRate = load(client, firstTime, 20);
            line(out, "\nHTTP, 8 concurrent clients on loopback, 20 s each (load average before / after: %s / %s):", load,
                    loadAverage());
            out.append("\n| endpoint | req/s | ÷ trivial (target ≥ 50 %) |\n|---|---|---|\n");
            out.append(String.format(Locale.ROOT, "| trivial `/api/contacts` | %.0f | — |%n", trivialRate));
            out.append(String.format(Locale.ROOT, "| `/api/search` repeated question (psychologist near Novosibirsk;"
                    + " counts and page from the cache) | %.0f | %.0f %% |%n", searchRate, 100 * searchRate / trivialRate));
            out.append(String.format(Locale.ROOT, "| `/api/search` first-time questions (%,d distinct, in turn) | %.0f | %.0f %% |%n",
                    firstTime.size(), firstRate, 100 * firstRate / trivialRate));
            hsds(out, client, base, settings);
        } finally {
            payara.destroy();
            payara.waitFor(60, TimeUnit.SECONDS);
        }
    }

    /**
     * The HSDS API, one client, request after request: single services (all different) beside pages
     * of 200 services spread over the whole directory, in the same run. A page is assembled set by
     * set, so it should cost at most about 10 single services, not 200.
     */
    private static void hsds(StringBuilder out, HttpClient client, String base, DatabaseSettings settings) throws Exception {
        MariaDbDataSource db = new MariaDbDataSource(settings.url());
        db.setUser(settings.user());
        db.setPassword(settings.password());
        List<String> ids = new ArrayList<>();
        long services;
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM service")) {
                rs.next();
                services = rs.getLong(1);
            }
            try (ResultSet rs = s.executeQuery("SELECT id FROM service ORDER BY RAND(11) LIMIT 600")) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        int lastPage = (int) Math.max(1, (services + 199) / 200);
        java.util.Random random = new java.util.Random(12);
        List<String> single = ids.stream().map(id -> base + "/api/hsds/services/" + id).toList();
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            pages.add(base + "/api/hsds/services?per_page=200&page=" + (1 + random.nextInt(lastPage)));
        }
        // Warm-up: the JIT, the connection pool, MariaDB's buffer pool.
        timed(client, single.subList(0, 100));
        timed(client, pages.subList(0, 10));
        List<Long> one = timed(client, single.subList(100, single.size()));
        List<Long> page = timed(client, pages.subList(10, pages.size()));
        line(out, "\nHSDS API, one client, request after request (pages spread over all %,d pages):", lastPage);
        out.append("\n| endpoint | requests | p50 ms | p99 ms |\n|---|---|---|---|\n");
        out.append(String.format(Locale.ROOT, "| `/api/hsds/services/{id}` (different services) | %d | %.1f | %.1f |%n",
                one.size(), percentile(one, 50) / 1e6, percentile(one, 99) / 1e6));
        out.append(String.format(Locale.ROOT, "| `/api/hsds/services?per_page=200&page=n` | %d | %.1f | %.1f |%n",
                page.size(), percentile(page, 50) / 1e6, percentile(page, 99) / 1e6));
        line(out, "\nA page of 200 ÷ one service: p50 %.1f×, p99 %.1f× (goal ≤ 10×)",
                percentile(page, 50) / (double) percentile(one, 50), percentile(page, 99) / (double) percentile(one, 99));
    }

    /** The latency in nanoseconds of each GET, in turn; anything but 200 stops the benchmark. */
    private static List<Long> timed(HttpClient client, List<String> urls) throws Exception {
        List<Long> latencies = new ArrayList<>();
        for (String url : urls) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build();
            long t = System.nanoTime();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            latencies.add(System.nanoTime() - t);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + ": " + response.statusCode());
            }
        }
        return latencies;
    }

    /** Requests per second that 8 clients get from {@code urls} (each client takes the next one in turn). */
    private static double load(HttpClient client, List<String> urls, int secondsLong) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        AtomicLong next = new AtomicLong();
        Instant end = Instant.now().plusSeconds(secondsLong);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<HttpRequest> requests = urls.stream()
                .map(u -> HttpRequest.newBuilder(URI.create(u)).timeout(Duration.ofSeconds(10)).build()).toList();
        for (int i = 0; i < 8; i++) {
            pool.submit(() -> {
                while (Instant.now().isBefore(end)) {
                    HttpRequest request = requests.get((int) (next.getAndIncrement() % requests.size()));
                    try {
                        if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                            done.incrementAndGet();
                        }
                    } catch (IOException e) {
                        return;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(secondsLong + 30L, TimeUnit.SECONDS);
        return done.get() / (double) secondsLong;
    }

    // --- helpers ---

    private static List<BenchmarkDirectory.Town> towns(DatabaseSettings settings) throws Exception {
        MariaDbDataSource db = new MariaDbDataSource(settings.url());
        db.setUser(settings.user());
        db.setPassword(settings.password());
        return towns(db);
    }

    private static List<BenchmarkDirectory.Town> towns(DataSource db) throws Exception {
        List<BenchmarkDirectory.Town> towns = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT code, latitude, longitude FROM municipality ORDER BY code")) {
            while (rs.next()) {
                // The demo's 63 municipalities only, so that runs before and after the full gazetteer compare.
                if (DemoDirectory.MUNICIPALITIES.contains(rs.getString(1))) {
                    towns.add(new BenchmarkDirectory.Town(rs.getString(1), rs.getDouble(2), rs.getDouble(3)));
                }
            }
        }
        return towns;
    }

    private static void row(StringBuilder out, String engine, List<Long> latencies) {
        out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f |%n", engine, percentile(latencies, 50) / 1e6,
                percentile(latencies, 99) / 1e6));
    }

    private static long percentile(List<Long> values, int p) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double heapMb() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) / 1e6;
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
