#!/usr/bin/env bash
# Law search at 100,000 articles: LawSearchBench starts the app in-process on a fresh embedded
# database, copies the demo's 35 real resolutions under new numbers until there are ARTICLES
# articles (set-based, into the library's own tables and search index), then times a query mix
# through the facade and over HTTP and reads the gzipped first-view bytes of the pages.
# Figures go to BENCHMARKS.md by hand, with date and machine. DATA=<folder> keeps the grown
# database for the next run; HOLD=<seconds> keeps it up before the timings (for psql).
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES=${ARTICLES:-100000}
ROUNDS=${ROUNDS:-15}
. bench/java.sh
./mvnw -q -DskipTests test-compile
CP=$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
"$JAVA" ${DATA:+-Ddata="$DATA"} ${HOLD:+-Dhold="$HOLD"} -Darticles="$ARTICLES" -Drounds="$ROUNDS" -Dwarmup="${WARMUP:-3}" ${QUERIES:+-Dqueries="$QUERIES"} -cp "target/test-classes:target/classes:$CP" \
  org.causo.bench.LawSearchBench 2>&1 | grep --line-buffered -E '^law:|Exception|Caused by'
