#!/usr/bin/env bash
# Two builds' search asked the same questions in one process, question by question (SearchComparison,
# ops/README, eleventh sitting): the searching thread's CPU time per first-time question of each, per
# kind, and their ratio B ÷ A.
#
#   ops/benchmarks/scripts/search-comparison.sh <checkout A> <checkout B> [services, default 100000] [rounds, default 3]
#
# Each checkout is built first (mvn -o). A build older than SearchBenchmark.forComparison needs this
# checkout's SearchBenchmark copied in and adapted to its API; one before ops/benchmarks existed keeps
# it in ops/. Results: /var/tmp/search-comparison/search-comparison.md.
set -euo pipefail
HERE=$(cd "$(dirname "$0")/../../.." && pwd)
A=$(cd "$1" && pwd); B=$(cd "$2" && pwd); N=${3:-100000}; R=${4:-3}

build() {
  local module=ops/benchmarks; [ -d "$1/ops/benchmarks" ] || module=ops
  (cd "$1" && mvn -B -o -q -pl "$module" -am package -DskipTests \
      org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
      -Dmdep.outputFile=cp.txt -Dmdep.includeScope=runtime)
}

build "$A"; build "$B"
(cd "$HERE" && mvn -B -o -q -pl ops/benchmarks -am compile)
rm -rf /var/tmp/search-comparison
java -Xmx6g -Dbench.dir=/var/tmp/search-comparison -cp "$HERE/ops/benchmarks/target/classes" \
    org.familyportal.ops.bench.SearchComparison "$A" "$B" "$N" "$R"
