#!/usr/bin/env bash
# What the gateway costs on top of the service behind it, on the running local platform (./platform up;
# start it with GATEWAY_RATE_LIMIT_PER_SECOND and GATEWAY_RATE_LIMIT_BURST high, say 1000000, or the
# limit answers 429 instead of the service). In alternating rounds with the same token and wrk settings:
# GET /api/leads/{id} (a cheap read) and POST /api/leads (lead registration), each direct to
# case-service and through the gateway (and through a second gateway, COMPARE_PORT, when set: say one
# started with other settings). Each round prints requests/s, p50 and p99, and the CPU time per request
# of the gateway and of case-service (from /proc/<pid>/stat); the summary gives the ratios.
# Usage: benchmarks/gateway-overhead.sh [seconds-per-round] [rounds] [connections]   (defaults: 20 3 16)
# Settings: the platform's ports (GATEWAY_PORT 8080, CASE_PORT 8081), COMPARE_PORT, BENCH_ACCOUNT
# (songjiang-officer), BENCH_WRITES=false to skip lead registration, BENCH_IDLE_SECONDS (2: before each
# round, each process's CPU without requests is measured that long and subtracted, scaled to the round). Fewer connections (say 2) approximate
# the p50 at part load: wrk cannot pace a fixed rate.
# Needs wrk (Debian: apt-get install wrk) and curl.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_ROUND="${1:-20}"
ROUNDS="${2:-3}"
CONNECTIONS="${3:-16}"
GATEWAY_PORT="${GATEWAY_PORT:-8080}"
CASE_PORT="${CASE_PORT:-8081}"
COMPARE_PORT="${COMPARE_PORT:-}"
IDLE="${BENCH_IDLE_SECONDS:-2}"
ACCOUNT="${BENCH_ACCOUNT:-songjiang-officer}"
OUT=benchmarks/target/gateway-overhead
mkdir -p "$OUT"
TICK=$(getconf CLK_TCK)

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
pid_on() { ss -ltnpH "sport = :$1" | sed -nE 's/.*pid=([0-9]+).*/\1/p' | head -n 1; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

GATEWAY_PID="$(pid_on "$GATEWAY_PORT")"
CASE_PID="$(pid_on "$CASE_PORT")"
[[ -n "$GATEWAY_PID" && -n "$CASE_PID" ]] || { echo "no gateway on $GATEWAY_PORT or case-service on $CASE_PORT: ./platform up" >&2; exit 1; }
COMPARE_PID=""
[[ -z "$COMPARE_PORT" ]] || COMPARE_PID="$(pid_on "$COMPARE_PORT")"

TOKEN="$(GATEWAY_PORT=$GATEWAY_PORT ./platform token "$ACCOUNT" | tail -n 1)"
BODY='{"source":"COMPLAINT","district":"310117","rightsHolder":{"name":"上海某精密机械有限公司","creditCode":"91310117MA1J3XXX0Q"},"suspects":[{"name":"张某"}],"description":"A former engineer took the servo drawings to a competitor.","claimedAmount":350000}'
LEAD="$(curl -sf -X POST "http://localhost:$CASE_PORT/api/leads" -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' -d "$BODY" | sed -E 's/.*"id":"([^"]+)".*/\1/')"
[[ -n "$LEAD" ]] || { echo "could not register the lead to read" >&2; exit 1; }
cat >"$OUT/post.lua" <<EOF
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '$BODY'
EOF

# name port method -> "rps p50ms p99ms requests non2xx gatewayMsPerReq caseMsPerReq compareMsPerReq"
run() {
  local name="$1" port="$2" method="$3" path script="" gw0 cs0 cp0=0 gw1 cs1 cp1=0 log
  log="$OUT/$name-$method.txt"
  if [[ "$method" == GET ]]; then path="/api/leads/$LEAD"; else path="/api/leads"; script="-s $OUT/post.lua"; fi
  # What each process burns without requests (consumers polling, the JIT, schedulers), measured just
  # before and subtracted: on a busy machine a round serves few requests and that would dominate.
  local gi0 ci0 pi0=0
  gi0=$(cpu_ticks "$GATEWAY_PID"); ci0=$(cpu_ticks "$CASE_PID"); [[ -z "$COMPARE_PID" ]] || pi0=$(cpu_ticks "$COMPARE_PID")
  sleep "$IDLE"
  gw0=$(cpu_ticks "$GATEWAY_PID"); cs0=$(cpu_ticks "$CASE_PID"); [[ -z "$COMPARE_PID" ]] || cp0=$(cpu_ticks "$COMPARE_PID")
  # shellcheck disable=SC2086
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_ROUND}s" --latency $script -H "Authorization: Bearer $TOKEN" \
    "http://localhost:$port$path" >"$log"
  gw1=$(cpu_ticks "$GATEWAY_PID"); cs1=$(cpu_ticks "$CASE_PID"); [[ -z "$COMPARE_PID" ]] || cp1=$(cpu_ticks "$COMPARE_PID")
  local scale=$((SECONDS_PER_ROUND / IDLE))
  awk -v gw=$((gw1 - gw0 - (gw0 - gi0) * scale)) -v cs=$((cs1 - cs0 - (cs0 - ci0) * scale)) \
    -v cp=$((cp1 - cp0 - (cp0 - pi0) * scale)) -v tick="$TICK" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
    /requests in/ { n = $1 } /Non-2xx/ { bad = $NF } /^Requests\/sec/ { rps = $2 }
    END { printf "%.0f %.2f %.2f %d %d %.3f %.3f %.3f\n", rps, p50, p99, n, bad,
          gw * 1000 / tick / n, cs * 1000 / tick / n, cp * 1000 / tick / n }' "$log"
}

METHODS=(GET)
[[ "${BENCH_WRITES:-true}" == false ]] || METHODS+=(POST)
TARGETS=("direct:$CASE_PORT" "gateway:$GATEWAY_PORT")
[[ -z "$COMPARE_PORT" ]] || TARGETS+=("compare:$COMPARE_PORT")
echo "[gateway] lead $LEAD, $ROUNDS rounds of ${SECONDS_PER_ROUND}s, wrk -t2 -c$CONNECTIONS; gateway pid $GATEWAY_PID," \
  "case-service pid $CASE_PID${COMPARE_PID:+, compare pid $COMPARE_PID}; load $(load)"
echo "[gateway] warm-up: one round of each, not counted"
for method in "${METHODS[@]}"; do for target in "${TARGETS[@]}"; do run "${target%%:*}" "${target##*:}" "$method" >/dev/null; done; done
declare -A SUM
printf '%-6s %-5s %-8s %8s %8s %8s %7s %10s %10s %10s\n' round verb target 'req/s' 'p50 ms' 'p99 ms' non2xx 'gw ms/req' 'svc ms/req' 'cmp ms/req'
for round in $(seq 1 "$ROUNDS"); do
  for method in "${METHODS[@]}"; do
    for target in "${TARGETS[@]}"; do
      name="${target%%:*}"
      read -r rps p50 p99 n bad gw cs cp < <(run "$name" "${target##*:}" "$method")
      printf '%-6s %-5s %-8s %8s %8s %8s %7s %10s %10s %10s   (load %s)\n' "$round" "$method" "$name" "$rps" "$p50" "$p99" \
        "$bad" "$gw" "$cs" "$cp" "$(load)"
      SUM[$method.$name.rps]=$(awk -v a="${SUM[$method.$name.rps]:-0}" -v b="$rps" 'BEGIN { print a + b }')
      SUM[$method.$name.p50]=$(awk -v a="${SUM[$method.$name.p50]:-0}" -v b="$p50" 'BEGIN { print a + b }')
      SUM[$method.$name.gw]=$(awk -v a="${SUM[$method.$name.gw]:-0}" -v b="$gw" 'BEGIN { print a + b }')
      SUM[$method.$name.cp]=$(awk -v a="${SUM[$method.$name.cp]:-0}" -v b="$cp" 'BEGIN { print a + b }')
      SUM[$method.$name.cs]=$(awk -v a="${SUM[$method.$name.cs]:-0}" -v b="$cs" 'BEGIN { print a + b }')
    done
  done
done
for method in "${METHODS[@]}"; do
  for target in "${TARGETS[@]:1}"; do
    name="${target%%:*}"
    cpu=gw; [[ "$name" == compare ]] && cpu=cp
    awk -v m="$method" -v t="$name" -v r="$ROUNDS" -v d="${SUM[$method.direct.rps]}" -v g="${SUM[$method.$name.rps]}" \
      -v dp="${SUM[$method.direct.p50]}" -v gp="${SUM[$method.$name.p50]}" -v c="${SUM[$method.$name.$cpu]}" \
      -v s="${SUM[$method.direct.cs]}" -v l="$(load)" 'BEGIN {
        printf "SUMMARY gateway-overhead %s via %s: throughput %.2fx direct (%.0f vs %.0f req/s), p50 +%.2f ms, %s CPU %.3f ms/request (case-service direct %.3f ms/request); load %s\n",
          m, t, g / d, g / r, d / r, (gp - dp) / r, t, c / r, s / r, l }'
  done
done
