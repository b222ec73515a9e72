#!/usr/bin/env bash
# Times the sync endpoint: SyncBatchBench starts the app in-process on a fresh embedded database,
# sends batches of 1,000 mixed field events and replays them. Figures go to BENCHMARKS.md by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=""
for candidate in "${JAVA_HOME:-}/bin/java" /usr/lib/jvm/*/bin/java; do
  [ -x "$candidate" ] || continue
  v=$("$candidate" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
  if [ -n "$v" ] && [ "$v" -ge 21 ]; then JAVA=$candidate; break; fi
done
[ -n "$JAVA" ] || { echo "no JDK >= 21 found" >&2; exit 1; }
./mvnw -q -DskipTests test-compile
CP=$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
"$JAVA" -cp "target/test-classes:target/classes:$CP" org.causo.bench.SyncBatchBench 2>&1 | grep -E '^round|Exception'
