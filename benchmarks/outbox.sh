#!/usr/bin/env bash
# Outbox benchmark: events relayed per second by service-support's outbox relay, end to end (written in
# their transactions -> published -> consumed, none lost or doubled), against the single-row commit
# ceiling of the same PostgreSQL measured in the same run.
# Usage: benchmarks/outbox.sh [events-per-round] [writers] [rounds]    (defaults: 5000 4 3)
# Uses the embedded PostgreSQL and Kafka of test-support; the summary lines also in
# benchmarks/target/outbox-benchmark.txt. The modules it needs are built first (-am), without their tests.
set -euo pipefail
cd "$(dirname "$0")/.."
EVENTS="${1:-5000}"
WRITERS="${2:-4}"
ROUNDS="${3:-3}"
PLATFORM_TEST_INFRASTRUCTURE="${PLATFORM_TEST_INFRASTRUCTURE:-embedded}" \
  ./mvnw -B -ntp -o -q -pl benchmarks -am test -Dtest=OutboxBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.events="$EVENTS" -Dbench.writers="$WRITERS" -Dbench.rounds="$ROUNDS" -DtrimStackTrace=true \
  ${MAVEN_REPO_LOCAL:+-Dmaven.repo.local=$MAVEN_REPO_LOCAL} 2>&1 | grep -E '^\[outbox|ERROR|FAIL' || true
cat benchmarks/target/outbox-benchmark.txt
