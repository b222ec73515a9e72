#!/usr/bin/env bash
# Phone-width screenshots of a running app, logged in as a demo account without TOTP:
#   bench/shots.sh http://localhost:8080 kalang.member <password> /tmp/shots /my-households /teams
# The password is in data/demo.json. Not a benchmark: a way to look at pages (the Chromium is Debian's).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/java.sh
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -DskipTests test-compile
CP=$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 "$JAVA" -cp "target/test-classes:target/classes:$CP" org.causo.bench.Shots "$@"
