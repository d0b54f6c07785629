#!/usr/bin/env bash
# Load benchmark of the register: starts the packaged app on a fresh PostgreSQL database with a fixed heap, fills it
# with 20 agencies x 10 years x 100 assignments, signs in desk officers and division leads, and loads the list,
# full-text search, detail page and status updates with wrk beside a trivial page of the same app. Prints one
# table (rps, p50/p95/p99, errors, ratio to the trivial page) and the heap; stops the app and drops the database.
# See bench/README.md. Not part of CI.
#
#   bench/run.sh
#
# Settings (environment): BENCH_PGHOST (127.0.0.1), BENCH_PGPORT (5432), BENCH_PGUSER (postgres), PGPASSWORD,
# BENCH_PORT (18080), BENCH_CONNECTIONS (32), BENCH_THREADS (2), BENCH_JIT_ROUND (10s), BENCH_JIT_ROUNDS (12),
# BENCH_JIT_SETTLED (1, seconds of compile time), BENCH_WARMUP (10s), BENCH_DURATION (20s),
# BENCH_HEAP (512m), BENCH_PAGES ("trivial list search detail status"), BENCH_JAVA_OPTS (extra JVM options),
# BENCH_APP_ARGS (extra app arguments, e.g. --spring.datasource.hikari.maximum-pool-size=20),
# BENCH_KEEP=1 (leave app and database running at the end; the database name and passwords are kept in
# bench/out/state), BENCH_REUSE=1 (start the app on the database kept by the last BENCH_KEEP=1 run, skipping the
# import and the generator, for trying settings; the app is stopped, the database kept), BENCH_THREAD_DUMPS=1
# (jcmd thread dumps during each measured run, in bench/out/).
# wrk runs with --timeout 10s, so slow answers are measured instead of being dropped as timeouts.
set -euo pipefail
cd "$(dirname "$0")/.."

export PGHOST=${BENCH_PGHOST:-127.0.0.1}
export PGPORT=${BENCH_PGPORT:-5432}
export PGUSER=${BENCH_PGUSER:-postgres}
PORT=${BENCH_PORT:-18080}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
export BENCH_THREADS=${BENCH_THREADS:-2}
JIT_ROUND=${BENCH_JIT_ROUND:-10s}
JIT_ROUNDS=${BENCH_JIT_ROUNDS:-12}
JIT_SETTLED=${BENCH_JIT_SETTLED:-1}
WARMUP=${BENCH_WARMUP:-10s}
DURATION=${BENCH_DURATION:-20s}
HEAP=${BENCH_HEAP:-512m}
PAGES=${BENCH_PAGES:-trivial list search detail status}
OUT=bench/out
BASE="http://127.0.0.1:$PORT"
DB="styringsregister_bench_$(date +%s)_$$"
if [ "${BENCH_REUSE:-0}" = 1 ]; then
  [ -f bench/out/state ] || { echo "BENCH_REUSE=1 krever bench/out/state fra en kjøring med BENCH_KEEP=1" >&2; exit 1; }
  # shellcheck disable=SC1091
  . bench/out/state
fi
export BENCH_DATA="$PWD/$OUT/data.lua"
export BENCH_STATUS_DATA="$PWD/$OUT/status.lua"

mkdir -p "$OUT"
rm -f "$OUT"/*.json "$OUT"/*.cookies "$OUT"/threaddump-*.txt
step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FEIL: %s\n' "$*" >&2; exit 1; }

step "Tools"
for tool in java jcmd jstat psql curl jq; do
  command -v "$tool" >/dev/null || fail "$tool mangler"
done
if ! command -v wrk >/dev/null; then
  echo "wrk mangler: installerer med apt-get"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null || {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
fi
wrk --version 2>&1 | head -1 || true
pg_isready -q || fail "ingen PostgreSQL på $PGHOST:$PGPORT (sett BENCH_PGHOST/BENCH_PGPORT/BENCH_PGUSER/PGPASSWORD)"

step "Jar"
JAR=$(ls target/styringsregister-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$JAR" ]; then
  ./mvnw -B -q -DskipTests package
  JAR=$(ls target/styringsregister-*.jar | grep -v original | head -1)
fi
echo "$JAR"

APP_PID=""
JSTAT_PID=""
VACUUM_PID=""
cleanup() {
  set +e
  [ -n "$JSTAT_PID" ] && kill "$JSTAT_PID" 2>/dev/null
  [ -n "$VACUUM_PID" ] && kill "$VACUUM_PID" 2>/dev/null
  if [ "${BENCH_KEEP:-0}" = 1 ]; then
    echo "BENCH_KEEP=1: appen (pid $APP_PID) og databasen $DB kjører videre"
    return
  fi
  if [ -n "$APP_PID" ]; then
    kill "$APP_PID" 2>/dev/null
    for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$APP_PID" 2>/dev/null
  fi
  if [ "${BENCH_REUSE:-0}" = 1 ]; then
    echo "BENCH_REUSE=1: databasen $DB beholdes"
  else
    psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1
  fi
}
trap cleanup EXIT

step "Database $DB on $PGHOST:$PGPORT"
if [ "${BENCH_REUSE:-0}" != 1 ]; then
  psql -q -d postgres -v ON_ERROR_STOP=1 -c "CREATE DATABASE $DB"
  ADMIN_PASSWORD="bench-$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
  PASSWORD="bench-passord-$(head -c 9 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
fi

step "App (heap $HEAP, port $PORT, log $OUT/app.log)"
! curl -s -o /dev/null "$BASE/" || fail "noe svarer allerede på port $PORT (sett BENCH_PORT)"
# shellcheck disable=SC2086
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME="$PGUSER" \
  SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" STYRINGSREGISTER_DEMO=false \
  STYRINGSREGISTER_ADMIN_PASSWORD="$ADMIN_PASSWORD" SPRING_PROFILES_ACTIVE=bench \
  java -Xms"$HEAP" -Xmx"$HEAP" ${BENCH_JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" ${BENCH_APP_ARGS:-} \
  >"$OUT/app.log" 2>&1 &
APP_PID=$!
started=$(date +%s)
until curl -sf "$BASE/actuator/health/readiness" >/dev/null; do
  kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$OUT/app.log"; fail "appen stoppet under oppstart"; }
  [ $(($(date +%s) - started)) -lt 180 ] || fail "appen ble ikke klar på 180 s"
  sleep 1
done
echo "klar etter $(($(date +%s) - started)) s (pid $APP_PID)"

# Signs in with the login form (GET /login for the CSRF token and session, POST /login) and leaves the session
# cookie in the jar; prints the session's CSRF token, read from the logout form of a signed-in page.
login() {
  local jar=$1 user=$2 password=$3 token code
  rm -f "$jar"
  token=$(curl -sf -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | cut -d'"' -f4)
  code=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "username=$user" \
    --data-urlencode "password=$password" --data-urlencode "_csrf=$token" "$BASE/login")
  case "$code" in
    "302 $BASE/") ;;
    *) fail "innlogging som $user feilet: $code" ;;
  esac
  curl -sf -c "$jar" -b "$jar" "$BASE/" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | cut -d'"' -f4
}
cookie() { awk '$6 == "SESSION" { print $7 }' "$1"; }
sql() { psql -d "$DB" -v ON_ERROR_STOP=1 -Atq "$@"; }

ADMIN_CSRF=$(login "$OUT/admin.cookies" admin "$ADMIN_PASSWORD")
if [ "${BENCH_REUSE:-0}" != 1 ]; then
step "Reference letters through the app's import API, then check the generator's SQL against them"
for letter in tildelingsbrev-helsedirektoratet-2020.txt tildelingsbrev-helsedirektoratet-2025.txt; do
  curl -sf -b "$OUT/admin.cookies" -H "X-CSRF-TOKEN: $ADMIN_CSRF" -F "file=@src/main/resources/demo/$letter" \
    "$BASE/api/tildelingsbrev" | jq -c '{letter: "'"$letter"'", added: .added}' || fail "import av $letter feilet"
done
sql -f bench/sql/functions.sql
psql -d "$DB" -v ON_ERROR_STOP=1 -q -f bench/sql/verify.sql

step "Generator"
t0=$(date +%s)
cat src/main/resources/demo/tildelingsbrev-helsedirektoratet-2020.txt \
  src/main/resources/demo/tildelingsbrev-helsedirektoratet-2025.txt |
  psql -d "$DB" -v ON_ERROR_STOP=1 -q -P pager=off -f bench/sql/generate.sql
echo "generert på $(($(date +%s) - t0)) s"

step "Users and sessions"
create_user() { # brukernavn navn rolle enhetId klarert
  local form code
  form=$(curl -sf -b "$OUT/admin.cookies" "$BASE/admin/brukere/ny" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | cut -d'"' -f4)
  code=$(curl -s -o /dev/null -w '%{http_code}' -b "$OUT/admin.cookies" --data-urlencode "_csrf=$form" \
    --data-urlencode "brukernavn=$1" --data-urlencode "navn=$2" --data-urlencode "rolle=$3" \
    --data-urlencode "enhetId=$4" --data-urlencode "klarert=$5" --data-urlencode "aktiv=true" \
    --data-urlencode "passord=$PASSWORD" "$BASE/admin/brukere/ny")
  [ "$code" = 302 ] || fail "kunne ikke opprette $1 ($code)"
}
# Desk officers of the ministry: two without clearance, one cleared (its reads go through the full views).
create_user saksbehandler-1 "Saksbehandler En" HOD_SAKSBEHANDLER "" false
create_user saksbehandler-2 "Saksbehandler To" HOD_SAKSBEHANDLER "" false
create_user saksbehandler-k "Saksbehandler Klarert" HOD_SAKSBEHANDLER "" true
# A lead for every division with open assignments (82 with the generated data), each updating the division's own.
# Fewer leads hammer fewer assignments: with four, 358 assignments took every update of a run and gathered hundreds
# of history rows each, which every answer carries (the API answers with the whole assignment), so the figures
# measured the history's growth rather than a status update.
mapfile -t LEAD_DIVISIONS < <(sql -c "
  SELECT divisjon_id FROM oppdrag
  WHERE divisjon_id IS NOT NULL AND status IN ('IKKE_STARTET','PAAGAAR','FORSINKET','LEVERT') AND NOT fjernet
  GROUP BY divisjon_id ORDER BY divisjon_id")
[ "${#LEAD_DIVISIONS[@]}" -gt 0 ] || fail "fant ingen divisjoner med åpne oppdrag"
for i in "${!LEAD_DIVISIONS[@]}"; do
  create_user "leder-$i" "Divisjonsleder $i" HDIR_LEDER "${LEAD_DIVISIONS[$i]}" false
done
if [ "${BENCH_KEEP:-0}" = 1 ]; then
  declare -p DB ADMIN_PASSWORD PASSWORD LEAD_DIVISIONS >bench/out/state
fi
fi

{
  echo "return {"
  echo "  trivial = '/actuator/health/liveness',"
  # At least one session per connection: a person's browser waits for a page before asking for the next, so two
  # requests in flight seldom share a session (load.lua gives each wrk thread its own sessions, in turn).
  echo "  desk_sessions = {"
  for s in $(seq 1 $(((CONNECTIONS + 2) / 3))); do
    for user in saksbehandler-1 saksbehandler-2 saksbehandler-k; do
      login "$OUT/$user-$s.cookies" "$user" "$PASSWORD" >/dev/null
      echo "    { cookie = '$(cookie "$OUT/$user-$s.cookies")' },"
    done
  done
  echo "  },"
  echo "  lead_sessions = {"
  for s in $(seq 1 $(((CONNECTIONS + ${#LEAD_DIVISIONS[@]} - 1) / ${#LEAD_DIVISIONS[@]}))); do
    for i in "${!LEAD_DIVISIONS[@]}"; do
      csrf=$(login "$OUT/leder-$i-$s.cookies" "leder-$i" "$PASSWORD")
      echo "    { cookie = '$(cookie "$OUT/leder-$i-$s.cookies")', csrf = '$csrf', lead = $((i + 1)) },"
    done
  done
  echo "  },"
  # The list with filters as people use it: the whole register, a year and agency, a status across agencies,
  # a division, a ministry department, overdue ones, other sort orders and later pages.
  echo "  list_queries = {"
  sql -c "
    WITH e AS (SELECT id, row_number() OVER (ORDER BY id) AS nr FROM etat),
         d AS (SELECT id, etat_id, row_number() OVER (ORDER BY id) AS nr FROM enhet WHERE type = 'DIVISJON'),
         y AS (SELECT max(aar) AS siste FROM oppdrag)
    SELECT format('    %L,', q) FROM (
      SELECT '/oppdrag' AS q
      UNION ALL SELECT format('/oppdrag?year=%s&agency=%s', y.siste - i % 10, (SELECT id FROM e WHERE nr = 1 + i % 20))
        FROM y, generate_series(0, 19) i
      UNION ALL SELECT format('/oppdrag?year=%s&status=%s&sort=frist', y.siste - i % 10,
                              (ARRAY['PAAGAAR','LEVERT','FORSINKET','IKKE_STARTET'])[1 + i % 4])
        FROM y, generate_series(0, 9) i
      UNION ALL SELECT format('/oppdrag?year=%s&agency=%s&division=%s&sort=status', y.siste - i % 3, d.etat_id, d.id)
        FROM y, d, generate_series(0, 0) i WHERE d.nr % 5 = 0
      UNION ALL SELECT format('/oppdrag?hodDepartment=%s&year=%s&page=%s', h, y.siste - 1, i % 3)
        FROM y, unnest(ARRAY['FHA','SHA','KTA','DIG','HRA']) h, generate_series(0, 1) i
      UNION ALL SELECT format('/oppdrag?agency=%s&overdue=true&sort=frist', (SELECT id FROM e WHERE nr = 1 + i))
        FROM generate_series(0, 9) i
      UNION ALL SELECT format('/oppdrag?year=%s&sort=endret&page=%s', y.siste, i) FROM y, generate_series(0, 4) i
    ) q"
  echo "  },"
  # Full-text search: words of the letters (one misspelt, widened by trigram similarity), phrases, an exact id,
  # and searches within a year or an agency.
  echo "  search_queries = {"
  for q in vaksinasjonsprogram fengsel rusforebygging vaksinajsonsprogram "psykisk helse barn" legemidler \
      beredskap digitalisering kommunene helsepersonell allmennlegetjenesten tannhelse "e-helse" folkehelse \
      "kunstig intelligens" forebygging "HSO2021-17" "FHI2024-3"; do
    echo "    '/oppdrag?q=$(jq -rn --arg q "$q" '$q|@uri')',"
  done
  for q in beredskap legemidler "psykisk helse" kommunene; do
    echo "    '/oppdrag?q=$(jq -rn --arg q "$q" '$q|@uri')&year=$(sql -c 'SELECT max(aar) - 1 FROM oppdrag')',"
    echo "    '/oppdrag?q=$(jq -rn --arg q "$q" '$q|@uri')&agency=Hdir',"
  done
  echo "  },"
  # Detail pages of 1000 assignments spread over every agency and year (some partly or wholly exempt).
  echo "  detail_ids = {"
  sql -c "SELECT format('    %L,', visnings_id) FROM oppdrag WHERE NOT fjernet ORDER BY md5(id::text) LIMIT 1000"
  echo "  },"
  echo "}"
} >"$BENCH_DATA"
# Each lead's open assignments (id, version, status), read again before every status run so the versions are
# current; the script toggles them between Pågår and Levert.
status_items() {
  {
    echo "return {"
    sql -c "SELECT format(E'  {\\n%s\\n  },', coalesce(string_agg(format('    { %L, %s, %L },', o.visnings_id,
              o.versjon, o.status), E'\\n' ORDER BY o.id), ''))
            FROM unnest(ARRAY[$(IFS=,; echo "${LEAD_DIVISIONS[*]}")]::bigint[]) WITH ORDINALITY AS l (divisjon_id, nr)
            LEFT JOIN oppdrag o ON o.divisjon_id = l.divisjon_id AND NOT o.fjernet
              AND o.status IN ('IKKE_STARTET','PAAGAAR','FORSINKET','LEVERT')
            GROUP BY l.nr ORDER BY l.nr"
    echo "}"
  } >"$BENCH_STATUS_DATA"
}
status_items
echo "$(grep -c "cookie =" "$BENCH_DATA") sessions, $(grep -c "^    {" "$BENCH_STATUS_DATA") assignments for status updates"

step "Every query answers 200 once before loading"
while read -r path; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -b "$OUT/saksbehandler-1-1.cookies" "$BASE$path")
  [ "$code" = 200 ] || fail "$path svarte $code"
done < <(grep -o "'/oppdrag[^']*'" "$BENCH_DATA" | tr -d "'" | grep -v '^/oppdrag/' ; echo /actuator/health/liveness)
echo "ok"

# CPU time (clock ticks) used so far by the app and by the database server processes of the benchmark database:
# divided by the requests of a run, a cost per request that other load on a shared machine hardly changes.
app_ticks() { awk '{ print $14 + $15 }' "/proc/$APP_PID/stat"; }
db_ticks() {
  local total=0 pid
  for pid in $(sql -c "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"); do
    [ -r "/proc/$pid/stat" ] && total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat")))
  done
  echo "$total"
}
TICK_MS=$((1000 / $(getconf CLK_TCK)))

# A server may run without autovacuum (a CI setting, as on the machine this was written on); a production server runs
# it. Without it, the tables the load writes keep every dead row version (the session row is rewritten on every
# request, 270 000 times in one run) and each lookup wades through them: status updates took seconds. So they are
# vacuumed once a minute, as autovacuum does with its default settings (it visits a database every minute, and
# these tables pass its thresholds within seconds).
if [ "$(sql -c 'SHOW autovacuum')" = off ]; then
  echo "autovacuum is off on this server: the benchmark vacuums the tables it writes once a minute"
  (while sleep 60; do
    sql -c "VACUUM (ANALYZE) spring_session, spring_session_attributes, oppdrag, oppdrag_historikk" >/dev/null 2>&1
  done) &
  VACUUM_PID=$!
fi

# A fresh JVM compiles the hot code for minutes under this load (the JIT compiler threads took more CPU than the
# requests in the first minutes): measured cold, the figures are mostly the compiler's. A server runs for days, so
# every page is loaded in rounds until a round adds less than JIT_SETTLED seconds of compile time.
jit_seconds() { jstat -compiler "$APP_PID" | awk 'NR == 2 { print $4 }'; }
step "JIT warm-up: rounds of $JIT_ROUND per page until a round compiles for less than ${JIT_SETTLED} s (at most $JIT_ROUNDS)"
for round in $(seq 1 "$JIT_ROUNDS"); do
  jit0=$(jit_seconds)
  for page in $PAGES; do
    [ "$page" = status ] && status_items
    wrk -t"$BENCH_THREADS" -c"$CONNECTIONS" -d"$JIT_ROUND" --timeout 10s -s bench/load.lua "$BASE" -- "$page" >/dev/null
  done
  jit1=$(jit_seconds)
  echo "round $round: compile time $jit0 -> $jit1 s"
  awk -v a="$jit0" -v b="$jit1" -v s="$JIT_SETTLED" 'BEGIN { exit !(b - a < s) }' && break
done

step "Load: $CONNECTIONS connections, $BENCH_THREADS wrk threads, warm-up $WARMUP, measured $DURATION per page"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
jstat -gc "$APP_PID" 1000 >"$OUT/jstat.txt" 2>/dev/null &
JSTAT_PID=$!
for page in $PAGES; do
  [ "$page" = status ] && status_items
  wrk -t"$BENCH_THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s -s bench/load.lua "$BASE" -- "$page" >/dev/null
  [ "$page" = status ] && status_items
  if [ "${BENCH_THREAD_DUMPS:-0}" = 1 ]; then
    (sleep 5; for k in 1 2 3; do jcmd "$APP_PID" Thread.print >"$OUT/threaddump-$page-$k.txt" 2>/dev/null; sleep 3; done) &
  fi
  app0=$(app_ticks); db0=$(db_ticks)
  wrk -t"$BENCH_THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s bench/load.lua "$BASE" -- "$page" \
    >"$OUT/wrk-$page.txt"
  app1=$(app_ticks); db1=$(db_ticks)
  grep '^{' "$OUT/wrk-$page.txt" | tail -1 |
    jq -c --argjson app $(((app1 - app0) * TICK_MS)) --argjson db $(((db1 - db0) * TICK_MS)) \
      '. + {app_cpu_ms: ($app / ([.requests, 1] | max) * 100 | round / 100),
            db_cpu_ms: ($db / ([.requests, 1] | max) * 100 | round / 100)}' >"$OUT/$page.json"
  jq -c . "$OUT/$page.json"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
kill "$JSTAT_PID" 2>/dev/null || true
JSTAT_PID=""

step "Heap"
# Peak: the most used heap seen in the 1-second samples during the load (S0U+S1U+EU+OU, KiB).
PEAK=$(awk 'NR > 1 && $3 ~ /^[0-9.]+$/ { u = $3 + $4 + $6 + $8; if (u > m) m = u } END { printf "%.0f", m / 1024 }' \
  "$OUT/jstat.txt")
HEAP_NOW=$(curl -sf -b "$OUT/admin.cookies" "$BASE/actuator/metrics/jvm.memory.used?tag=area:heap" |
  jq '.measurements[0].value / 1048576 | floor')
jcmd "$APP_PID" GC.run >/dev/null
LIVE=$(curl -sf -b "$OUT/admin.cookies" "$BASE/actuator/metrics/jvm.memory.used?tag=area:heap" |
  jq '.measurements[0].value / 1048576 | floor')
RSS=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$APP_PID/status")
echo "heap limit $HEAP; peak used during load ${PEAK} MiB; after load ${HEAP_NOW} MiB; live after full GC ${LIVE} MiB;" \
  "process peak RSS ${RSS} MiB"

step "Result ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg))"
TRIVIAL_RPS=$(jq -r '.rps' "$OUT/trivial.json" 2>/dev/null || echo "")
ROW='"| \(.page) | \(.rps | round) | \(.p50_ms) | \(.p95_ms) | \(.p99_ms) | \(.errors)'
ROW+='\(if .conflicts > 0 then " (+\(.conflicts) 409)" else "" end) | '
ROW+='\(if $t == "" then "-" else (.rps / ($t | tonumber) * 100 | round / 100 | tostring) end) | '
ROW+='\(.app_cpu_ms) | \(.db_cpu_ms) |"' 
{
  printf '| page | rps | p50 ms | p95 ms | p99 ms | errors | ratio to trivial | app CPU ms/req | db CPU ms/req |\n'
  printf '|---|---|---|---|---|---|---|---|---|\n'
  for page in $PAGES; do
    jq -r --arg t "$TRIVIAL_RPS" "$ROW" "$OUT/$page.json"
  done
} | tee "$OUT/result.md"
echo
echo "heap: peak ${PEAK} MiB, live ${LIVE} MiB (limit $HEAP)" | tee -a "$OUT/result.md"
