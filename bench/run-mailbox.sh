#!/usr/bin/env bash
# Starts the app on a fresh embedded database with the rate limits lifted, runs the Java load
# generator (src/test/java/org/causo/bench/TipLoad.java) and
# the Argon2id cost measure, then stops the app. Figures go to BENCHMARKS.md by hand, with date and machine.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=$(mktemp -d /tmp/causo-bench-XXXX)
PORT=18080
. bench/java.sh
./mvnw -q -DskipTests package
./mvnw -q test-compile
CP=$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
"$JAVA" ${BENCH_JVM_OPTS:-} -jar target/causo-*.jar --server.port=$PORT --causo.data-dir="$DATA" \
  --causo.mailbox.limits.point-per-hour=100000000 --causo.mailbox.limits.global-per-minute=100000000 \
  --logging.level.org.causo.request=WARN > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break; sleep 1; done
# the load generator gets a small heap and one GC thread, to leave the server the cores
"$JAVA" -Xmx256m -XX:+UseSerialGC -cp "target/test-classes:target/classes:$CP" org.causo.bench.TipLoad \
  "http://127.0.0.1:$PORT" "$DATA" "$APP"
"$JAVA" -cp "target/test-classes:target/classes:$CP" org.causo.bench.ReceiptCost
