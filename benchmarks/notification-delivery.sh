#!/usr/bin/env bash
# Webhook delivery benchmark: bare Kafka round trip vs publish -> signed webhook received, same run.
# Usage: benchmarks/notification-delivery.sh [events-per-phase] [rate-per-second] [rounds]    (defaults: 2000 200 3)
# After a 120 s warm-up (BENCH_WARMUP seconds; the JIT compilers of the service's JVM were still taking a third of its
# CPU after 60-90 s), each round measures the baseline and then the service.
# BENCH_EXPLAIN=true: also EXPLAIN ANALYZE of the delivery claim and database waits, every 2 s, and each phase's
# statements by database time (pg_stat_statements), in benchmarks/target/benchmark-diagnostics.txt, and each event's
# publish time and latency in benchmarks/target/latencies-<phase>.csv.
# BENCH_PROFILE=true: a flight recording (JFR) of the last round's service phase, benchmarks/target/benchmark.jfr.
# BENCH_JVM_OPTS: options of the JVM that runs the service, the producer and the receiver (default a fixed 1 GiB
# heap: on the heap it sized for itself, about 280 MiB, the collector marked it every few seconds, a 340 ms
# concurrent cycle on one of the two cores and a 25 ms pause, and each such cycle made a phase's worst stall).
# Uses the embedded PostgreSQL and Kafka of test-support; figures also in benchmarks/target/benchmark.txt. The
# modules it needs are built first (-am), without their tests.
set -euo pipefail
cd "$(dirname "$0")/.."
EVENTS="${1:-2000}"
RATE="${2:-200}"
ROUNDS="${3:-3}"
PLATFORM_TEST_INFRASTRUCTURE="${PLATFORM_TEST_INFRASTRUCTURE:-embedded}" \
  ./mvnw -B -ntp -o -q -pl benchmarks -am test -Dtest=WebhookDeliveryBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.events="$EVENTS" -Dbench.rate="$RATE" -Dbench.rounds="$ROUNDS" -Dbench.warmup="${BENCH_WARMUP:-120}" \
  -DargLine="${BENCH_JVM_OPTS:--Xms1g -Xmx1g}" -Dbench.profile="${BENCH_PROFILE:-false}" -Dbench.explain="${BENCH_EXPLAIN:-false}" -DtrimStackTrace=true \
  ${BENCH_EXPLAIN:+-Dplatform.test.postgres.config=shared_preload_libraries=pg_stat_statements} 2>&1 | grep -v -E '^\{|^20[0-9]{2}-' || true
cat benchmarks/target/benchmark.txt
