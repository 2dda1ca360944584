#!/usr/bin/env bash
# Capacity through the gateway: a Gatling simulation of officers at work (OfficersThroughTheGatewaySimulation:
# tokens, lead registration, filtered lists, lead and case reads, inboxes; police reading a referral, signing its
# receipt, accepting or declining it), with an arrival rate ramping up, against the running local platform
# (./platform up; start it with GATEWAY_RATE_LIMIT_PER_SECOND and GATEWAY_RATE_LIMIT_BURST high, say 1000000, or
# a few demo accounts shared by many simulated officers hit their limit). Before the load, the referrals the
# police sittings take are proposed, approved and transferred through the gateway (not in the report). Gatling
# prints progress every 5 s and writes its HTML report under benchmarks/target/gatling/ (response time
# percentiles over time: read where p99 passes 200 ms and 500 ms). Meanwhile the platform's memory (PSS of
# every process it started, PostgreSQL's backends included) is sampled every 5 s: SUMMARY capacity-memory.
# Usage: benchmarks/capacity.sh [max-sittings-per-second] [seconds]    (defaults: 20 300)
# Settings: GATEWAY_PORT (8080), BENCH_TOKEN_PER_SITTING=1 (every sitting fetches a token, the worst case; by
# default each account's token is kept for its lifetime, as the console and agency systems do),
# BENCH_MAX_FAILED_PERCENT (100: not a pass/fail test; the CI smoke uses 0), MAVEN_REPO_LOCAL.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/platform-memory.sh
source benchmarks/lib/platform-memory.sh
SAMPLES=benchmarks/target/capacity-memory.txt
mkdir -p benchmarks/target
: >"$SAMPLES"
# the sampler stops its own sleep when stopped, so nothing of it outlives the run
(
  trap 'kill "$nap" 2>/dev/null; exit 0' TERM
  while true; do
    sleep 5 & nap=$!
    wait "$nap"
    platform_pss_kib >>"$SAMPLES"
  done
) &
sampler=$!
trap 'kill "$sampler" 2>/dev/null || true' EXIT
status=0
./mvnw -B -ntp -q -pl benchmarks test-compile gatling:test \
  -Dbench.baseUrl="http://localhost:${GATEWAY_PORT:-8080}" -Dbench.maxSessionsPerSecond="${1:-20}" \
  -Dbench.seconds="${2:-300}" -Dbench.maxFailedPercent="${BENCH_MAX_FAILED_PERCENT:-100}" \
  -Dbench.tokenPerSitting="$([[ "${BENCH_TOKEN_PER_SITTING:-0}" == 1 ]] && echo true || echo false)" \
  ${MAVEN_REPO_LOCAL:+-Dmaven.repo.local=$MAVEN_REPO_LOCAL} \
  || status=$?
kill "$sampler" 2>/dev/null || true
if [[ -s "$SAMPLES" ]]; then
  echo "SUMMARY capacity-memory: PSS of the platform's processes peak $(($(sort -n "$SAMPLES" | tail -n 1) / 1024)) MiB," \
    "first sample $(($(head -n 1 "$SAMPLES") / 1024)) MiB, $(wc -l <"$SAMPLES") samples every 5 s (issue 20: at most 2.5 GiB)"
fi
exit "$status"
