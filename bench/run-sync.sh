#!/usr/bin/env bash
# Times the sync endpoint: SyncBatchBench starts the app in-process on a fresh embedded database,
# sends batches of 1,000 mixed field events and replays them. Figures go to BENCHMARKS.md by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/java.sh
./mvnw -q -DskipTests test-compile
CP=$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
"$JAVA" -cp "target/test-classes:target/classes:$CP" org.causo.bench.SyncBatchBench 2>&1 | grep -E '^round|Exception'
