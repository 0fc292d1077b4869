package org.familyportal.ops.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Two builds of the search asked the same questions in one process, question by question, so that
 * what the machine does meanwhile (other processes, the other hyperthread of the core, the CPU's
 * clock) falls on both alike: each build is loaded by a class loader of its own (its classes and
 * its dependencies, Lucene included), imports the same generated directory into its own embedded
 * MariaDB and builds its own index ({@code SearchBenchmark.forComparison}); both are warmed up with
 * the same questions; then every first-time question is asked of one and then of the other, in
 * turn A then B, B then A, and the searching thread's CPU time of each is kept. Reported per kind
 * of question: p50 and p99 of each build and their ratio, and the median of the ratios question
 * by question (ops/README, eleventh sitting). {@code -Dbench.kinds=keyword+geo,typo+geo} asks only
 * those kinds (to profile them alone).
 *
 * <p>Usage: {@code SearchComparison <checkout A> <checkout B> [services] [rounds]}, each checkout
 * built with its benchmark's classpath written to {@code cp.txt} (see
 * {@code ops/benchmarks/scripts/search-comparison.sh}). Questions come from A; a build before
 * {@code forComparison} existed needs it copied in. Results also go to
 * {@code target/search-comparison.md}.
 */
public final class SearchComparison {

    private SearchComparison() {
    }

    public static void main(String[] args) throws Exception {
        Path a = Path.of(args[0]).toAbsolutePath();
        Path b = Path.of(args[1]).toAbsolutePath();
        int services = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        Path work = Path.of(System.getProperty("bench.dir", "target/search-comparison")).toAbsolutePath();
        Build first = Build.open("A", a, work.resolve("a"), services, rounds);
        Build second = Build.open("B", b, work.resolve("b"), services, rounds);
        // -Dbench.kinds=keyword+geo,typo+geo: only these kinds of question (to profile them alone).
        List<String> kinds = List.of(System.getProperty("bench.kinds", "").split(","));
        java.util.function.Predicate<String[]> wanted = q -> kinds.contains("") || kinds.contains(q[0]);
        List<String[]> warmUp = first.warmUp.stream().filter(wanted).toList();
        List<String[]> questions = first.firstTime.stream().filter(wanted).toList();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < warmUp.size(); i++) {
            Build one = i % 2 == 0 ? first : second;
            Build other = one == first ? second : first;
            one.ask(warmUp.get(i), threads);
            other.ask(warmUp.get(i), threads);
        }
        long[] cpuA = new long[questions.size()];
        long[] cpuB = new long[questions.size()];
        for (int i = 0; i < questions.size(); i++) {
            if (i % 2 == 0) {
                cpuA[i] = first.ask(questions.get(i), threads);
                cpuB[i] = second.ask(questions.get(i), threads);
            } else {
                cpuB[i] = second.ask(questions.get(i), threads);
                cpuA[i] = first.ask(questions.get(i), threads);
            }
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "# Search comparison%n%nA: %s%nB: %s%n%n%,d services; %,d warm-up questions asked of both, then %,d first-time"
                        + " questions, each of both in turn; CPU time of the searching thread per question.%n%n"
                        + "| kind | questions | A p50 / p99 ms | B p50 / p99 ms | B ÷ A p50 / p99 | B ÷ A question by question, median |%n"
                        + "|---|---|---|---|---|---|%n", a, b, services, warmUp.size(), questions.size()));
        Map<String, List<Integer>> byKind = new LinkedHashMap<>();
        byKind.put("all", new ArrayList<>());
        for (int i = 0; i < questions.size(); i++) {
            byKind.computeIfAbsent(questions.get(i)[0], k -> new ArrayList<>()).add(i);
            byKind.get("all").add(i);
        }
        byKind.forEach((kind, asked) -> {
            long[] x = asked.stream().mapToLong(i -> cpuA[i]).toArray();
            long[] y = asked.stream().mapToLong(i -> cpuB[i]).toArray();
            double[] ratios = asked.stream().mapToDouble(i -> cpuB[i] / (double) Math.max(1, cpuA[i])).sorted().toArray();
            out.append(String.format(Locale.ROOT, "| %s | %d | %.2f / %.2f | %.2f / %.2f | %.2f / %.2f | %.2f |%n", kind,
                    asked.size(), percentile(x, 50) / 1e6, percentile(x, 99) / 1e6, percentile(y, 50) / 1e6,
                    percentile(y, 99) / 1e6, percentile(y, 50) / (double) percentile(x, 50),
                    percentile(y, 99) / (double) percentile(x, 99), ratios[ratios.length / 2]));
        });
        System.out.println(out);
        Files.createDirectories(work);
        Files.writeString(work.resolve("search-comparison.md"), out);
        first.close();
        second.close();
    }

    private static long percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** One build, loaded apart, with its directory indexed. */
    private static final class Build {
        private final ClassLoader loader;
        private final Consumer<String[]> ask;
        private final List<String[]> warmUp;
        private final List<String[]> firstTime;
        private final Runnable close;

        @SuppressWarnings("unchecked")
        private Build(ClassLoader loader, Map<String, Object> opened) {
            this.loader = loader;
            this.ask = (Consumer<String[]>) opened.get("ask");
            this.warmUp = (List<String[]>) opened.get("warmUp");
            this.firstTime = (List<String[]>) opened.get("firstTime");
            this.close = (Runnable) opened.get("close");
        }

        static Build open(String name, Path checkout, Path work, int services, int rounds) throws Exception {
            Path bench = Files.isDirectory(checkout.resolve("ops/benchmarks")) ? checkout.resolve("ops/benchmarks")
                    : checkout.resolve("ops");
            List<URL> urls = new ArrayList<>();
            urls.add(bench.resolve("target/classes").toUri().toURL());
            for (String entry : Files.readString(bench.resolve("cp.txt")).trim().split(java.io.File.pathSeparator)) {
                urls.add(Path.of(entry).toUri().toURL());
            }
            ClassLoader loader = new URLClassLoader("build " + name, urls.toArray(URL[]::new),
                    ClassLoader.getPlatformClassLoader());
            Thread thread = Thread.currentThread();
            ClassLoader before = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                Method open = loader.loadClass("org.familyportal.ops.bench.SearchBenchmark")
                        .getMethod("forComparison", Path.class, int.class, int.class);
                long start = System.nanoTime();
                @SuppressWarnings("unchecked")
                Map<String, Object> opened = (Map<String, Object>) open.invoke(null, work, services, rounds);
                System.out.printf(Locale.ROOT, "%s (%s): imported and indexed in %.0f s%n", name, checkout,
                        (System.nanoTime() - start) / 1e9);
                return new Build(loader, opened);
            } finally {
                thread.setContextClassLoader(before);
            }
        }

        /** Asks one question; the searching thread's CPU time it took, in nanoseconds. */
        long ask(String[] question, ThreadMXBean threads) {
            Thread thread = Thread.currentThread();
            ClassLoader before = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                long cpu = threads.getCurrentThreadCpuTime();
                ask.accept(question);
                return threads.getCurrentThreadCpuTime() - cpu;
            } finally {
                thread.setContextClassLoader(before);
            }
        }

        void close() {
            close.run();
        }
    }
}
