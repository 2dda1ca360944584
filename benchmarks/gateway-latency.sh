#!/usr/bin/env bash
# The gateway's latency below saturation (issue 20: at most 1 ms more at p50 at half the direct saturation
# rate): a Gatling simulation (GatewayLatencySimulation) at a fixed arrival rate, one request per virtual user
# over keep-alive connections, against the running local platform (./platform up, with the gateway's rate limit
# raised: GATEWAY_RATE_LIMIT_PER_SECOND=1000000 GATEWAY_RATE_LIMIT_BURST=1000000). After a warm-up phase of
# each (not counted), per round: GET /api/leads/{id} direct to case-service and through the gateway, then
# POST /api/leads the same, direct and gateway in alternating order, the same token throughout. Each at half
# its own direct saturation rate, from benchmarks/gateway-overhead.sh (its direct req/s of each): the rate is
# <read>,<registration> (say 2000,340), or one number for both.
# Gatling prints progress every 5 s and writes its report under benchmarks/target/gatling/; at the end each
# round's p50/p99 per phase (to the microsecond, taken around each request) and one line per pair:
#   SUMMARY gateway-latency <read|registration> at <rate> requests/s: p50 direct ..., gateway ..., +... ms ...
# The whole output is also in benchmarks/target/gateway-latency.log.
# Usage: benchmarks/gateway-latency.sh <read-rate>[,<registration-rate>] [seconds-per-phase] [rounds]
#        (requests per second; defaults: 20 s, 3 rounds)
# Settings: the platform's ports (GATEWAY_PORT 8080, CASE_PORT 8081), BENCH_WARMUP (seconds of each warm-up
# phase; as a phase), BENCH_ACCOUNT (songjiang-officer), BENCH_MAX_FAILED_PERCENT (100: not a pass/fail test;
# the CI smoke uses 0), MAVEN_REPO_LOCAL.
set -euo pipefail
cd "$(dirname "$0")/.."
RATE="${1:?usage: benchmarks/gateway-latency.sh <read-rate>[,<registration-rate>] [seconds-per-phase] [rounds]}"
READ_RATE="${RATE%%,*}"
REGISTRATION_RATE="${RATE#*,}"
SECONDS_PER_PHASE="${2:-20}"
LOG=benchmarks/target/gateway-latency.log
RESULTS='^\[gateway-latency\] round|^SUMMARY gateway-latency'
mkdir -p benchmarks/target
status=0
./mvnw -B -ntp -q -pl benchmarks test-compile gatling:test \
  -Dbench.simulation=cn.gov.sh.tradesecret.gateway.GatewayLatencySimulation \
  -Dbench.gatewayUrl="http://localhost:${GATEWAY_PORT:-8080}" -Dbench.directUrl="http://localhost:${CASE_PORT:-8081}" \
  -Dbench.rate="$READ_RATE" -Dbench.registrationRate="$REGISTRATION_RATE" \
  -Dbench.seconds="$SECONDS_PER_PHASE" -Dbench.rounds="${3:-3}" \
  -Dbench.warmupSeconds="${BENCH_WARMUP:-$SECONDS_PER_PHASE}" -Dbench.account="${BENCH_ACCOUNT:-songjiang-officer}" \
  -Dbench.maxFailedPercent="${BENCH_MAX_FAILED_PERCENT:-100}" \
  ${MAVEN_REPO_LOCAL:+-Dmaven.repo.local=$MAVEN_REPO_LOCAL} 2>&1 | tee "$LOG" | { grep -v -E "$RESULTS" || true; } \
  || status=$?
# the results once, after Gatling's report (and its assertion, which fails the run when requests failed)
grep -E "$RESULTS" "$LOG" || true
exit "$status"
