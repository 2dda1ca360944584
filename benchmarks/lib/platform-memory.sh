# Sourced by the benchmark scripts: the proportional set size (PSS, /proc/<pid>/smaps_rollup) of the
# local platform's processes (the pid files ./platform writes) and their children (PostgreSQL's backends).
PLATFORM_RUN="${PLATFORM_HOME:-$PWD/.platform}/run"

# A process and all its descendants.
tree() {
  local pid="$1" child
  echo "$pid"
  for child in $(ps -o pid= --ppid "$pid" 2>/dev/null); do tree "$child"; done
}

pss_kib() {
  local total=0 pid kib
  for pid in "$@"; do
    kib="$(awk '/^Pss:/ { print $2 }' "/proc/$pid/smaps_rollup" 2>/dev/null || true)"
    total=$((total + ${kib:-0}))
  done
  echo "$total"
}

# The PSS of every process of the platform, in KiB.
platform_pss_kib() {
  local total=0 file
  for file in "$PLATFORM_RUN"/*.pid; do
    [[ -f "$file" ]] || continue
    total=$((total + $(pss_kib $(tree "$(cat "$file")"))))
  done
  echo "$total"
}
