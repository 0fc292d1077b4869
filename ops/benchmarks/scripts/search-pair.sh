#!/usr/bin/env bash
# Two builds' search benchmark at once, each pinned to its own core with its own embedded MariaDB,
# then again with the cores swapped; prints the searching thread's CPU time per first-time
# question (p50 / p99 per kind, means of the rounds) and the ratio B ÷ A of each pair
# (ops/README, eleventh sitting). Run on a machine with two cores and nothing else running.
#
#   ops/benchmarks/scripts/search-pair.sh <checkout A> <checkout B> [services, default 100000]
#
# Each checkout is built first (mvn -o; a build before ops/benchmarks existed keeps the benchmark in
# ops/, with this one's SearchBenchmark copied in and adapted to its API). Logs: /var/tmp/search-pair/.
set -euo pipefail
A=$(cd "$1" && pwd); B=$(cd "$2" && pwd); N=${3:-100000}
OUT=/var/tmp/search-pair; mkdir -p "$OUT"

bench_dir() { if [ -d "$1/ops/benchmarks" ]; then echo "$1/ops/benchmarks"; else echo "$1/ops"; fi; }

build() {
  local module; module=$(basename "$(bench_dir "$1")"); [ "$module" = ops ] || module=ops/benchmarks
  (cd "$1" && mvn -B -o -q -pl "$module" -am package -DskipTests \
      org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
      -Dmdep.outputFile=cp.txt -Dmdep.includeScope=runtime)
}

run() { # checkout label core
  local d; d=$(bench_dir "$1"); rm -rf "$OUT/work-$2"
  (cd "$1" && taskset -c "$3" java -Xmx3g -XX:ActiveProcessorCount=1 -cp "$d/target/classes:$(cat "$d/cp.txt")" \
      -Dbench.dir="$OUT/work-$2" -Dbench.http=false -Dbench.sql=false -Dbench.rounds=3 \
      org.familyportal.ops.bench.SearchBenchmark "$N" > "$OUT/$2.log" 2>&1)
}

means() { # log kind -> "p50 p99" (means of the rounds, CPU time)
  awk -F'|' -v k=" $2 " '$2 == k { split($4, v, "/"); p50 += v[1]; p99 += v[2]; n++ }
      END { if (n) printf "%.2f %.2f", p50 / n, p99 / n }' "$1"
}

build "$A"; build "$B"
run "$A" a1 0 & run "$B" b1 1 & wait
run "$A" a2 1 & run "$B" b2 0 & wait
printf '| kind | pair | A p50 / p99 ms | B p50 / p99 ms | B ÷ A p50 / p99 |\n|---|---|---|---|---|\n'
for kind in keyword keyword+geo facets typo typo+geo; do
  for pair in 1 2; do
    read -r a50 a99 <<< "$(means "$OUT/a$pair.log" "$kind")"
    read -r b50 b99 <<< "$(means "$OUT/b$pair.log" "$kind")"
    awk -v k="$kind" -v p="$pair" -v a50="$a50" -v a99="$a99" -v b50="$b50" -v b99="$b99" \
        'BEGIN { printf "| %s | %s | %.2f / %.2f | %.2f / %.2f | %.2f / %.2f |\n", k, p, a50, a99, b50, b99, b50 / a50, b99 / a99 }'
  done
done
