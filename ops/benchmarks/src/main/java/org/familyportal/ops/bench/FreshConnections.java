package org.familyportal.ops.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Many visitors, one request each on a connection of its own, against a running portal: half of them
 * with Java's HttpClient as it comes, which offers the server HTTP/2 on a plain connection (the h2c
 * upgrade, as curl --http2 does), half with HTTP/1.1 only, as browsers speak over plain HTTP. Both
 * kinds alternate in the same run, so the ratio of their times is the cost of the offer itself; a
 * request without an answer is counted with what the client said.
 * <p>
 * {@code java -cp ops/benchmarks/target/classes org.familyportal.ops.bench.FreshConnections <url> <requests per thread> <threads>}
 * (see ops/README.md, "HTTP/2 over plain HTTP").
 */
public final class FreshConnections {

    private FreshConnections() {
    }

    /** What one kind of visitor got: times of the answered requests (ns), failures by message. */
    private static final class Tally {
        final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        final Map<String, Integer> failures = Collections.synchronizedMap(new TreeMap<>());
        final List<Long> failedAfter = Collections.synchronizedList(new ArrayList<>());

        int failed() {
            synchronized (failures) {
                return failures.values().stream().mapToInt(Integer::intValue).sum();
            }
        }

        long percentile(int p) {
            List<Long> sorted;
            synchronized (nanos) {
                sorted = nanos.stream().sorted().toList();
            }
            return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("Usage: FreshConnections <url> <requests per thread> <threads>");
            System.exit(2);
        }
        URI url = URI.create(args[0]);
        int perThread = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        Tally offering = new Tally();
        Tally plain = new Tally();
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread worker = new Thread(() -> {
                for (int i = 0; i < perThread; i++) {
                    boolean offer = (i + thread) % 2 == 0;
                    one(url, offer, offer ? offering : plain);
                }
            }, "visitor-" + t);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        System.out.printf(Locale.ROOT, "%s, %d threads × %d requests, %.1f s%n", url, threads, perThread,
                (System.nanoTime() - start) / 1e9);
        System.out.println("| client | answered | no answer | p50 ms | p99 ms | longest wait for no answer, s |");
        System.out.println("|---|---|---|---|---|---|");
        row("offers HTTP/2 (h2c)", offering);
        row("HTTP/1.1 only", plain);
        System.out.printf(Locale.ROOT, "offering ÷ HTTP/1.1 only, p50 / p99: %.2f / %.2f%n",
                offering.percentile(50) / (double) plain.percentile(50), offering.percentile(99) / (double) plain.percentile(99));
        offering.failures.forEach((what, count) -> System.out.println("offers HTTP/2, no answer: " + count + " × " + what));
        plain.failures.forEach((what, count) -> System.out.println("HTTP/1.1 only, no answer: " + count + " × " + what));
    }

    private static void one(URI url, boolean offerHttp2, Tally tally) {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        if (!offerHttp2) {
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        HttpClient client = builder.build();
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 200) {
                tally.nanos.add(System.nanoTime() - start);
            } else {
                tally.failures.merge("status " + response.statusCode(), 1, Integer::sum);
            }
        } catch (java.io.IOException e) {
            tally.failedAfter.add(System.nanoTime() - start);
            tally.failures.merge(e.getClass().getSimpleName() + ": " + e.getMessage(), 1, Integer::sum);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void row(String name, Tally tally) {
        long longestFailure;
        synchronized (tally.failedAfter) {
            longestFailure = tally.failedAfter.stream().mapToLong(Long::longValue).max().orElse(0);
        }
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f |%n", name, tally.nanos.size(), tally.failed(),
                tally.percentile(50) / 1e6, tally.percentile(99) / 1e6, longestFailure / 1e9);
    }
}
