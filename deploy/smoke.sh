#!/usr/bin/env bash
# The README's walk-through against the compose stack, through the gateway only, then the scale
# check: notification-service with 2 replicas (consumers of one group sharing the partitions)
# delivers every event once, i.e. exactly one inbox entry per registered lead.
#
#   deploy/smoke.sh            walk-through, scale notification-service to 2, check, keep 2
#   deploy/smoke.sh --no-scale the walk-through only
#
# Settings: GATEWAY_URL (default http://localhost:${GATEWAY_PORT:-8080}), COMPOSE_PROJECT_NAME
# (tradesecret), SCALE_SERVICE (notification-service), SCALE_REPLICAS (2), LEADS (6: leads
# registered after scaling, spread over the partitions by their ids).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PROJECT="${COMPOSE_PROJECT_NAME:-tradesecret}"
GATEWAY="${GATEWAY_URL:-http://localhost:${GATEWAY_PORT:-8080}}"
SCALE_SERVICE="${SCALE_SERVICE:-notification-service}"
SCALE_REPLICAS="${SCALE_REPLICAS:-2}"
LEADS="${LEADS:-6}"
COMPOSE=(docker-compose -p "$PROJECT" -f "$ROOT/docker-compose.yml")
STARTED=$SECONDS

say() { printf '[smoke %4ss] %s\n' "$((SECONDS - STARTED))" "$*"; }
fail() { printf '[smoke] FAILED: %s\n' "$*" >&2; exit 1; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

LEAD='{
    "source": "COMPLAINT", "district": "310117",
    "rightsHolder": {"name": "上海某精密机械有限公司", "creditCode": "91310117MA1J3XXX0Q"},
    "suspects": [{"name": "张某"}],
    "description": "A former engineer took the servo drawings to a competitor.",
    "claimedAmount": 350000}'

token() {
  # The README's call, unchanged.
  curl -s -u "$1:demo" -d grant_type=client_credentials \
    "$GATEWAY/oauth2/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

register_lead() {
  local body status
  body="$(curl -s -w '\n%{http_code}' -X POST "$GATEWAY/api/leads" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' -d "$LEAD")"
  status="${body##*$'\n'}"
  body="${body%$'\n'*}"
  [[ "$status" == 201 || "$status" == 200 ]] || fail "POST /api/leads answered $status: $body"
  json 'd["id"]' <<<"$body"
}

# Inbox entries telling of lead $1 (LeadRegistered), counted over the first 200 entries.
inbox_count() {
  curl -sf "$GATEWAY/api/inbox?size=200" -H "Authorization: Bearer $TOKEN" \
    | json "sum(1 for i in d['items'] if i['subject'] == '$1' and 'LeadRegistered' in i['eventType'])"
}

await_inbox() {
  local lead="$1" deadline=$((SECONDS + ${2:-90})) count
  while ((SECONDS < deadline)); do
    count="$(inbox_count "$lead" || echo 0)"
    ((count >= 1)) && return 0
    sleep 1
  done
  fail "no inbox entry for lead $lead after ${2:-90} s"
}

await_healthy_replicas() {
  local service="$1" want="$2" deadline=$((SECONDS + 300)) ids healthy
  while ((SECONDS < deadline)); do
    ids="$("${COMPOSE[@]}" ps -q "$service")"
    healthy=0
    for id in $ids; do
      [[ "$(docker inspect -f '{{.State.Health.Status}}' "$id")" == healthy ]] && healthy=$((healthy + 1))
    done
    ((healthy >= want)) && return 0
    sleep 3
  done
  fail "$service: $healthy of $want replicas healthy after 300 s"
}

# --- the walk-through ---------------------------------------------------------------------------
say "gateway at $GATEWAY"
deadline=$((SECONDS + 120))
until curl -sf -m 3 "$GATEWAY/actuator/health" | grep -q '"status":"UP"'; do
  ((SECONDS < deadline)) || fail "the gateway is not healthy at $GATEWAY/actuator/health"
  sleep 2
done

TOKEN="$(token songjiang-officer)"
[[ "$TOKEN" =~ ^[A-Za-z0-9._-]{100,}$ ]] || fail "no access token from $GATEWAY/oauth2/token: $TOKEN"
say "token for songjiang-officer (${#TOKEN} characters)"

lead="$(register_lead)"
say "lead $lead registered (POST /api/leads)"
await_inbox "$lead"
say "inbox entry for lead $lead (GET /api/inbox); unread: $(curl -s "$GATEWAY/api/inbox/unread-count" -H "Authorization: Bearer $TOKEN")"

status="$(curl -s -o /tmp/smoke-problem.$$ -w '%{http_code}' -X POST "$GATEWAY/api/leads" -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' -d '{"source": "COMPLAINT", "district": "999999"}')"
grep -q 'urn:tradesecret:problem:validation' /tmp/smoke-problem.$$ && [[ "$status" == 400 ]] \
  || { cat /tmp/smoke-problem.$$ >&2; rm -f /tmp/smoke-problem.$$; fail "bad input answered $status, not a validation problem"; }
rm -f /tmp/smoke-problem.$$
say "bad input refused with 400 urn:tradesecret:problem:validation"

other="$(curl -s -u xuhui-officer:demo -d grant_type=client_credentials "$GATEWAY/oauth2/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')"
seen="$(curl -sf "$GATEWAY/api/inbox?size=200" -H "Authorization: Bearer $other" | json "sum(1 for i in d['items'] if i['subject'] == '$lead')")"
[[ "$seen" == 0 ]] || fail "the Xuhui bureau sees the Songjiang lead in its inbox"
say "the Xuhui bureau does not see it"

if [[ "${1:-}" == --no-scale ]]; then
  say "walk-through passed"
  exit 0
fi

# --- scale-out: one consumer group, several replicas, each event delivered once ----------------
say "scaling $SCALE_SERVICE to $SCALE_REPLICAS replicas ..."
"${COMPOSE[@]}" up -d --no-recreate --scale "$SCALE_SERVICE=$SCALE_REPLICAS" "$SCALE_SERVICE" >/dev/null 2>&1 \
  || fail "docker-compose up --scale $SCALE_SERVICE=$SCALE_REPLICAS failed"
await_healthy_replicas "$SCALE_SERVICE" "$SCALE_REPLICAS"
say "$SCALE_REPLICAS replicas of $SCALE_SERVICE healthy"
sleep 5 # the consumer group rebalance after the new member joined

leads=()
for ((i = 0; i < LEADS; i++)); do leads+=("$(register_lead)"); done
say "$LEADS leads registered: ${leads[*]}"
for l in "${leads[@]}" "$lead"; do await_inbox "$l"; done
sleep 5 # a duplicate would arrive within this window (both replicas poll continuously)
for l in "${leads[@]}" "$lead"; do
  count="$(inbox_count "$l")"
  [[ "$count" == 1 ]] || fail "lead $l has $count inbox entries, not exactly 1"
done
say "every lead has exactly one inbox entry with $SCALE_REPLICAS replicas"

# Which replica consumed what (from the replicas' logs: the group's partition assignment).
for id in $("${COMPOSE[@]}" ps -q "$SCALE_SERVICE"); do
  name="$(docker inspect -f '{{.Name}}' "$id")"
  assigned="$(docker logs "$id" 2>&1 | grep -o 'partitions assigned: \[[^]]*\]' | tail -n 1 || true)"
  say "  ${name#/}: ${assigned:-no assignment logged}"
done

# Requests reach every replica through the gateway (Docker's DNS answers with all of them).
for ((i = 0; i < 10; i++)); do
  curl -sf -o /dev/null "$GATEWAY/api/inbox/unread-count" -H "Authorization: Bearer $TOKEN" \
    || fail "GET /api/inbox/unread-count failed through the gateway with $SCALE_REPLICAS replicas"
done
say "reads through the gateway answer with $SCALE_REPLICAS replicas"
say "smoke test passed"
