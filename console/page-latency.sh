#!/usr/bin/env bash
# How fast the console's pages answer on a running platform (./platform up): logs a demo officer
# in (authorization code with PKCE, as a browser does, with curl's cookie jar), then requests each
# page N times in a row and prints p50, p95 and max in milliseconds. Each page calls the APIs
# through the gateway with the officer's token, so the figures include those calls.
#
#   console/page-latency.sh [account] [requests per page]      defaults: songjiang-officer 50
#
# Settings (environment, as for ./platform): CONSOLE_PORT (8086); CONSOLE_URL to measure another
# address, e.g. through the gateway: CONSOLE_URL=http://127.0.0.1:8080/console.
set -euo pipefail

ACCOUNT="${1:-songjiang-officer}"
N="${2:-50}"
CONSOLE="${CONSOLE_URL:-http://127.0.0.1:${CONSOLE_PORT:-8086}/console}"
JAR="$(mktemp)"
# As a browser asks: an HTML page (other clients get 401 instead of the login redirect).
HTML=(-H "Accept: text/html")
trap 'rm -f "$JAR"' EXIT

# The console sends the browser to identity-service's login form; post it with its CSRF token.
login_page="$(curl -s "${HTML[@]}" -c "$JAR" -b "$JAR" -L "$CONSOLE/")"
login_url="$(curl -s -o /dev/null "${HTML[@]}" -c "$JAR" -b "$JAR" -L -w "%{url_effective}" "$CONSOLE/")"
csrf="$(sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' <<<"$login_page" | head -n 1)"
[[ -n "$csrf" ]] || { echo "no login form at $login_url" >&2; exit 1; }
landed="$(curl -s -o /dev/null -c "$JAR" -b "$JAR" -L -w '%{url_effective}' \
  --data-urlencode "username=$ACCOUNT" --data-urlencode "password=${IDENTITY_DEMO_PASSWORD:-demo}" \
  --data-urlencode "_csrf=$csrf" "${login_url%%\?*}")"
[[ "$landed" == "$CONSOLE/"* ]] || { echo "the login did not come back to the console: $landed" >&2; exit 1; }

# Any case and lead of the officer's unit, for their pages.
case_id="$(curl -s -b "$JAR" "$CONSOLE/cases" | grep -o 'cases/[0-9a-f-]\{36\}' | head -n 1 | cut -d/ -f2 || true)"
lead_id="$(curl -s -b "$JAR" "$CONSOLE/leads" | grep -o 'leads/[0-9a-f-]\{36\}' | head -n 1 | cut -d/ -f2 || true)"
pages=(/ /inbox /leads /leads/new /cases /referrals /pilots "/statistics?year=2026" /notifications
  /notifications/deliveries)
[[ -z "$case_id" ]] || pages+=("/cases/$case_id")
[[ -z "$lead_id" ]] || pages+=("/leads/$lead_id")
if [[ "$landed" == *"/enterprise/"* ]]; then
  # an enterprise has its portal only
  pages=(/enterprise/reports /enterprise/reports/new /enterprise/deposits /enterprise/self-assessments /verification /inbox)
fi

printf '%-52s %6s %6s %6s %6s\n' PAGE STATUS P50 P95 MAX
for page in "${pages[@]}"; do
  curl -s -o /dev/null -b "$JAR" "$CONSOLE$page" # warm-up
  status="$(curl -s -o /dev/null -b "$JAR" -w '%{http_code}' "$CONSOLE$page")"
  for _ in $(seq 1 "$N"); do
    curl -s -o /dev/null -b "$JAR" -w '%{time_total}\n' "$CONSOLE$page"
  done | sort -n | awk -v page="$page" -v status="$status" '
    { t[NR] = $1 * 1000 }
    END {
      p50 = t[int((NR - 1) * 0.50) + 1]; p95 = t[int((NR - 1) * 0.95) + 1]
      printf "%-52s %6s %6.0f %6.0f %6.0f\n", page, status, p50, p95, t[NR]
    }'
done
