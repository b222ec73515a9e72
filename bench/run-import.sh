#!/usr/bin/env bash
# Registry CSV import: starts the app on a fresh embedded database (no registry demo, so codes
# never clash), generates a file of RESIDENTS residents (default 500,000; about 4.7 a household,
# all in commune 03439), posts it to the import API as a dry run and then for real, and prints
# residents/s and the CPU seconds the server (JVM + PostgreSQL) spent on each. Figures go to
# BENCHMARKS.md by hand, with date, machine and load average (the machine may be shared).
set -euo pipefail
cd "$(dirname "$0")/.."
RESIDENTS=${RESIDENTS:-500000}
DATA=$(mktemp -d /tmp/causo-bench-XXXX)
PORT=18081
. bench/java.sh
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -DskipTests package
"$JAVA" ${BENCH_JVM_OPTS:-} -jar target/causo-*.jar --server.port=$PORT --causo.data-dir="$DATA" \
  --causo.demo.households=0 --logging.level.org.causo.request=WARN > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break; sleep 1; done
TOKEN=$(python3 -c "import json,sys;d=json.load(open(sys.argv[1]));print([a['apiToken'] for a in d['accounts'] if a['username']=='admin'][0])" "$DATA/demo.json")
FILE="$DATA/import.csv"
python3 - "$FILE" "$RESIDENTS" <<'PY'
import random, sys
path, n = sys.argv[1], int(sys.argv[2])
random.seed(4)
hamlets = ["Bản Ka Lăng", "Bản Pa Thắng", "Bản Hà Xe", "Bản Gò Cứ", "Bản Lò Suối Tủng"]
given = ["Hùng", "Xôm", "Phanh", "Páo", "Sử", "Chứ", "Mẩy", "Xá", "Dé", "Ơn", "Phỏng", "Mỷ"]
cols = ("household_code,commune_code,hamlet,address,latitude,longitude,household_ethnicity,main_language,poor,"
        "near_poor,policy,full_name,sex,birth_year,ethnicity,languages,reads_vietnamese,relation,phone,"
        "national_id,member_since")
with open(path, "w", encoding="utf-8") as f:
    f.write(cols + "\n")
    written, h = 0, 0
    while written < n:
        h += 1
        size = min(random.randint(1, 8), n - written)
        hamlet = hamlets[h % len(hamlets)]
        for i in range(size):
            rel = "HEAD" if i == 0 else ("SPOUSE" if i == 1 else "CHILD")
            sex = "M" if i != 1 else "F"
            name = ("Lò Văn " if sex == "M" else "Tòng Thị ") + random.choice(given) + " " + str(h)
            phone = "09%08d" % random.randint(0, 99999999) if i < 2 else ""
            nid = "0120%08d" % random.randint(0, 99999999) if i < 2 else ""
            f.write(f"B-{h},03439,{hamlet},Cạnh suối,22.65,102.83,THAI,THAI,no,no,no,{name},{sex},"
                    f"{1950 + (h + i * 7) % 70},THAI,THAI;VIETNAMESE,A_LITTLE,{rel},{phone},{nid},2020-01-01\n")
        written += size
PY
echo "file: $(du -h "$FILE" | cut -f1), $RESIDENTS residents"
cpu() { # CPU ticks of the JVM, then of every PostgreSQL process of this data folder (pg_ctl detaches them)
  local j=0 d=0 p master
  j=$(awk '{print $14 + $15 + $16 + $17}' /proc/$APP/stat)
  master=$(pgrep -f "bin/postgres -D $DATA" | head -1 || true)
  for p in $master $(pgrep -P "$master" 2>/dev/null || true); do
    [ -r /proc/$p/stat ] && d=$((d + $(awk '{print $14 + $15 + $16 + $17}' /proc/$p/stat)))
  done
  echo "$j $d"
}
TICKS=$(getconf CLK_TCK)
for mode in ${MODES:-"dryRun=true" "dryRun=false"}; do
  read -r j0 d0 < <(cpu); t0=$(date +%s.%N)
  code=$(curl -s -o "$DATA/result.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: text/csv' --data-binary @"$FILE" "http://127.0.0.1:$PORT/api/registry/import?$mode")
  t1=$(date +%s.%N); read -r j1 d1 < <(cpu)
  python3 - "$mode" "$code" "$t0" "$t1" "$j0" "$j1" "$d0" "$d1" "$TICKS" "$RESIDENTS" "$DATA/result.json" <<'PY'
import json, sys
mode, code, t0, t1, j0, j1, d0, d1, ticks, n, result = sys.argv[1:]
wall = float(t1) - float(t0)
jvm = (int(j1) - int(j0)) / int(ticks); db = (int(d1) - int(d0)) / int(ticks); cpu = jvm + db
r = json.load(open(result))
print(f"{mode}: HTTP {code}, {r.get('residents')} residents, {wall:.1f} s wall -> {int(n) / wall:,.0f} residents/s; "
      f"server CPU {cpu:.1f} s (JVM {jvm:.1f}, PostgreSQL {db:.1f}) -> {int(n) / max(cpu, 0.001):,.0f} residents per CPU-second; "
      f"errors {r.get('errorCount')}")
PY
done
uptime
