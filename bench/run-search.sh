#!/usr/bin/env bash
# Registry search at a million residents: starts the app on a fresh embedded database with
# HOUSEHOLDS demo households (default 210,000, about a million residents), then times the
# list API as the province admin and as a post commander (median and p95 of 15 calls each,
# sequential, after 3 warm-up calls): substring name search, phone search, a filter, the
# first page and the 40th page by cursor. With psql on the PATH it also prints the plans of
# the name search and of a deep page. Figures go to BENCHMARKS.md by hand, with date and machine.
set -euo pipefail
cd "$(dirname "$0")/.."
HOUSEHOLDS=${HOUSEHOLDS:-210000}
# DATA=<a data folder of an earlier run> reuses its database (the demo is loaded once)
DATA=${DATA:-$(mktemp -d /tmp/causo-bench-XXXX)}
PORT=18083
. bench/java.sh
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -DskipTests package
start=$(date +%s)
"$JAVA" ${BENCH_JVM_OPTS:-} -jar target/causo-*.jar --server.port=$PORT --causo.data-dir="$DATA" \
  --causo.demo.households="$HOUSEHOLDS" --logging.level.org.causo.request=WARN > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 900); do curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break; sleep 1; done
echo "app with $HOUSEHOLDS demo households up in $(( $(date +%s) - start )) s"
grep -o "Registry demo: .*" "$DATA/app.log" || true
python3 - "http://127.0.0.1:$PORT" "$DATA/demo.json" <<'PY'
import json, statistics, sys, time, urllib.parse, urllib.request
base, demo = sys.argv[1], json.load(open(sys.argv[2]))
tokens = {a["username"]: a["apiToken"] for a in demo["accounts"]}

def call(user, path):
    req = urllib.request.Request(base + path, headers={"Authorization": "Bearer " + tokens[user]})
    t = time.perf_counter()
    with urllib.request.urlopen(req) as r:
        body = json.load(r)
    return (time.perf_counter() - t) * 1000, body

def measure(label, user, path):
    for _ in range(3):
        call(user, path)
    times = []
    for _ in range(15):
        ms, body = call(user, path)
        times.append(ms)
    times.sort()
    total = body.get("total")
    print(f"{label:55} {user:17} median {statistics.median(times):7.1f} ms  p95 {times[13]:7.1f} ms  "
          f"rows {len(body.get('items', []))}, total {total}{'+' if body.get('totalIsAtLeast') else ''}")
    return body

def deep(user, path, pages):
    after = None
    for _ in range(pages - 1):
        _, body = call(user, path + ("&after=" + urllib.parse.quote(after) if after else ""))
        after = body["next"]
    return path + "&after=" + urllib.parse.quote(after)

q = urllib.parse.quote
_, everyone = call("admin", "/api/residents?size=1")
print(f"residents in the province admin's scope: {everyone.get('total')}{'+' if everyone.get('totalIsAtLeast') else ''}")
for user in ("admin", "kalang.commander"):
    measure("residents, first page, no filter", user, "/api/residents?size=25")
    measure("residents, name contains 'van hung'", user, "/api/residents?size=25&q=" + q("văn hùng"))
    measure("residents, name contains 'xom' (short, common)", user, "/api/residents?size=25&q=xom")
    measure("residents, rare name 'pham thi zzz' (no match)", user, "/api/residents?size=25&q=" + q("phạm thị zzz"))
    measure("residents, phone contains 0912", user, "/api/residents?size=25&q=0912")
    measure("residents, ethnicity MONG", user, "/api/residents?size=25&ethnicity=MONG")
    measure("residents, 40th page by cursor", user, deep(user, "/api/residents?size=25", 40))
    measure("households, code/head contains 'lo van'", user, "/api/households?size=25&q=" + q("lò văn"))
PY
if command -v psql >/dev/null; then
  PGPORT=$(ps -eo args | grep "bin/postgres -D $DATA" | grep -v grep | sed 's/.* -p \([0-9]*\).*/\1/' | head -1)
  PGPASSWORD=$(cat "$DATA/secrets/postgres.password") psql -h 127.0.0.1 -p "$PGPORT" -U postgres -q <<'SQL'
select count(*) as residents from resident;
\echo '--- name search with fewer than 10,000 matches, as the store runs it: ids found, then sorted'
explain (analyze, buffers, costs off)
select id from (select r.id, r.name_key as k from resident r
  where r.unit_path like any(array['/%']) and not r.archived and r.name_key like '%van hung%' offset 0) p
order by k, id limit 26;
\echo '--- a filter with more than 10,000 matches: the name index finds the page at once'
explain (analyze, buffers, costs off)
select id from (select r.id, r.name_key as k from resident r
  where r.unit_path like any(array['/%']) and not r.archived and r.ethnicity = 'THAI'
  order by r.name_key, r.id limit 26) p order by k, id;
\echo '--- its count, capped'
explain (analyze, costs off)
select count(*) from (select 1 from resident r where r.unit_path like any(array['/%']) and not r.archived
  and r.name_key like '%van hung%' limit 10001) x;
\echo '--- a deep page by key (after a name in the middle of the alphabet)'
explain (analyze, buffers, costs off)
select r.id, h.code, r.full_name from resident r join household h on h.id = r.household_id
where r.unit_path like any(array['/%']) and not r.archived and (r.name_key, r.id) > ('lo van', 0)
order by r.name_key, r.id limit 26;
SQL
fi
uptime
