#!/usr/bin/env bash
# Real tips during a flood of bad requests (large photos, wrong receipts, wrong passwords), on
# loopback only: starts the app on a fresh embedded database with its default limits (but the
# per-point limit lifted, so that the paced real tips, all from this machine, are not refused by
# their own points and the attacker's photos really reach the decoder), runs
# src/test/java/org/causo/bench/FloodLoad.java for SECONDS (default 60) with TIPS real tips a
# second (default 10), then stops the app. The heap is capped (HEAP, default 1g) to show that a
# flood of photos does not need more. FLOOD=no-flood gives the baseline. Figures go to BENCHMARKS.md by hand, with date and machine.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN=${SECONDS_TO_RUN:-60}
TIPS=${TIPS:-10}
HEAP=${HEAP:-1g}
DATA=$(mktemp -d /tmp/causo-bench-XXXX)
PORT=18082
. bench/java.sh
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -DskipTests package
./mvnw -q test-compile
CP=$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
"$JAVA" -Xmx$HEAP ${BENCH_JVM_OPTS:-} -jar target/causo-*.jar --server.address=127.0.0.1 --server.port=$PORT \
  --causo.data-dir="$DATA" --causo.demo.households=400 \
  --causo.mailbox.limits.point-per-hour=100000000 --logging.level.org.causo.request=WARN > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break; sleep 1; done
"$JAVA" -Xmx512m -XX:+UseSerialGC -cp "target/test-classes:target/classes:$CP" org.causo.bench.FloodLoad \
  "http://127.0.0.1:$PORT" "$DATA" "$APP" "$SECONDS_TO_RUN" "$TIPS" ${FLOOD:-flood}
echo "server: $(grep -c OutOfMemoryError "$DATA/app.log" || true) OutOfMemoryError in its log"
