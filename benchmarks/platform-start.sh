#!/usr/bin/env bash
# Start time and memory of the local platform, with the jars as they are (PLATFORM_SKIP_BUILD=1):
# stops it if it runs, times `./platform up` to every application healthy, waits while it idles, then
# sums the proportional set size (PSS, /proc/<pid>/smaps_rollup) of every process it started and
# their children (PostgreSQL's backends). Also the CPU time each process used until all were healthy
# (/proc/<pid>/stat): on a machine shared with other work the wall time stretches, the CPU time much less.
# Usage: benchmarks/platform-start.sh [idle-seconds] [application]    (default 60, all)
# With an application (say pilot-service), only that one is restarted on the running platform and
# measured: a cheap way to compare settings side by side, e.g. JAVA_OPTS=... PLATFORM_CDS=0 against the
# defaults, in alternating runs.
# The platform's own settings apply (PLATFORM_HOME, the ports, JAVA_OPTS, PLATFORM_CDS ...); the load
# average of the machine is printed with each figure, since other work on it stretches the start.
set -euo pipefail
cd "$(dirname "$0")/.."
IDLE="${1:-60}"
ONLY="${2:-}"
# shellcheck source=lib/platform-memory.sh
source benchmarks/lib/platform-memory.sh
RUN="$PLATFORM_RUN"

load() { cut -d' ' -f1-3 /proc/loadavg; }

if [[ -n "$ONLY" ]]; then
  pid="$(cat "$RUN/$ONLY.pid")"
  echo "[start] stopping $ONLY (pid $pid; load $(load))"
  kill "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done
else
  echo "[start] stopping the platform if it runs (load $(load))"
  ./platform down >/dev/null 2>&1 || true
fi
echo "[start] ./platform up (load $(load))"
begin=$(date +%s%N)
PLATFORM_SKIP_BUILD=1 PLATFORM_START_TIMEOUT="${PLATFORM_START_TIMEOUT:-900}" ./platform up | sed -u 's/^/  /' | tee "$RUN/../start.txt"
trained=""
! grep -q 'training run' "$RUN/../start.txt" || trained=" (INCLUDING the class data sharing training run, once per build: run again)"
elapsed_ms=$((($(date +%s%N) - begin) / 1000000))
cpu_ticks=0
measured=("$RUN"/*.pid)
[[ -z "$ONLY" ]] || measured=("$RUN/$ONLY.pid")
for file in "${measured[@]}"; do
  cpu_ticks=$((cpu_ticks + $(awk '{ print $14 + $15 }' "/proc/$(cat "$file")/stat")))
done
cpu_s=$((cpu_ticks / $(getconf CLK_TCK)))
echo "[start] all healthy in $((elapsed_ms / 1000)).$((elapsed_ms % 1000 / 100)) s, ${cpu_s} CPU s (load $(load)); idling ${IDLE} s ..."
sleep "$IDLE"

total=0
printf '  %-22s %8s\n' process 'PSS MiB'
for file in "${measured[@]}"; do
  name="$(basename "$file" .pid)"
  kib="$(pss_kib $(tree "$(cat "$file")"))"
  total=$((total + kib))
  printf '  %-22s %8d\n' "$name" $((kib / 1024))
done
echo "SUMMARY platform-start${ONLY:+ of $ONLY alone}: healthy in $((elapsed_ms / 1000)).$((elapsed_ms % 1000 / 100)) s using ${cpu_s} CPU s$trained," \
  "idle PSS $((total / 1024)) MiB after ${IDLE} s (load $(load); JAVA_OPTS=${JAVA_OPTS:-default}, PLATFORM_CDS=${PLATFORM_CDS:-1})"
