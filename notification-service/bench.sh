#!/usr/bin/env bash
# Webhook delivery benchmark: bare Kafka round trip vs publish -> signed webhook received, same run.
# Usage: notification-service/bench.sh [events] [rate-per-second]    (defaults: 2000 200)
# BENCH_EXPLAIN=true: also EXPLAIN ANALYZE of the delivery claim and database waits, every 2 s, in target/benchmark-diagnostics.txt.
# Uses the embedded PostgreSQL and Kafka of test-support; figures also in notification-service/target/benchmark.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
EVENTS="${1:-2000}"
RATE="${2:-200}"
PLATFORM_TEST_INFRASTRUCTURE="${PLATFORM_TEST_INFRASTRUCTURE:-embedded}" \
  ./mvnw -B -ntp -o -q -pl notification-service test -Dtest=WebhookDeliveryBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.events="$EVENTS" -Dbench.rate="$RATE" -Dbench.explain="${BENCH_EXPLAIN:-false}" -DtrimStackTrace=true 2>&1 | grep -v -E '^\{|^20[0-9]{2}-' || true
cat notification-service/target/benchmark.txt
