#!/usr/bin/env bash
# Falcon Health on one machine: builds what is missing or stale, starts every component in
# devstack/components as its own process, waits until all are ready, prints the URL, and stops
# everything on Ctrl-C or SIGTERM.
#
# Environment:
#   FALCON_HOME         data and logs (default: .falcon in this checkout)
#   FALCON_BUILD        auto (default: build when a jar is missing or older than its sources),
#                       always, or never
#   FALCON_PORT_OFFSET  added to every default port, so a second stack (or a test) can run beside
#                       the first (default 0)
#   FALCON_JAVA_OPTS    JVM flags for every component (default: tuned for small local JVMs)
#   FALCON_READY_TIMEOUT seconds to wait for all components (default 180)
#   FALCON_CDS          auto (default): start each component from its extracted jar with its class-data
#                       sharing archive (<module>/target/cds/app.jsa) when there is one; when jars were
#                       built or an archive is missing or older than its jar, train the archives first
#                       (one start and stop of the suite, about a minute; its logs in
#                       $FALCON_HOME/logs/training) unless FALCON_BUILD=never. A JVM that refuses an
#                       archive (another JDK, a moved checkout) starts without it; delete <module>/target/cds
#                       to train again. off: start the jars as built, no archive. (train is used internally.)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$ROOT"

export FALCON_HOME=${FALCON_HOME:-$ROOT/.falcon}
export FALCON_PORT_OFFSET=${FALCON_PORT_OFFSET:-0}
FALCON_BUILD=${FALCON_BUILD:-auto}
FALCON_READY_TIMEOUT=${FALCON_READY_TIMEOUT:-180}
FALCON_CDS=${FALCON_CDS:-auto}
FALCON_JAVA_OPTS=${FALCON_JAVA_OPTS:-"-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k -Xms32m -Xmx256m -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=48m"}
MANIFEST="$ROOT/devstack/components"
LOGS="$FALCON_HOME/logs"
[[ "${FALCON_CDS:-}" != train ]] || LOGS="$FALCON_HOME/logs/training"

set -a
# shellcheck source=devstack/devstack.env
. "$ROOT/devstack/devstack.env"
set +a

port() { echo $(($1 + FALCON_PORT_OFFSET)); }
export FALCON_PUBLIC_URL="http://localhost:$(port 8080)"
export FALCON_OIDC_ISSUER_URI="http://localhost:$(port 9000)"
# What every Spring service needs to find its neighbours.
export SPRING_MONGODB_URI="mongodb://127.0.0.1:$(port 27017)/falcon"
export SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI="$FALCON_OIDC_ISSUER_URI"
export FALCON_SERVICES_BACKEND_SERVER="http://localhost:$(port 8081)"
export FALCON_SERVICES_BACKEND_DATA="http://localhost:$(port 8082)"
export FALCON_SERVICES_FITNESS_SERVICE="http://localhost:$(port 8083)"
export FALCON_SERVICES_FITBIT_SERVICE="http://localhost:$(port 8085)"
export FALCON_SERVICES_DIET_SERVICE="http://localhost:$(port 8084)"
export FALCON_SERVICES_DROPBOX_INGEST="http://localhost:$(port 8086)"
export FALCON_SANDBOX_URL="http://localhost:$(port 9100)"
export FALCON_INGEST_PUBLIC_BASE_URL="$FALCON_PUBLIC_URL"

log() { printf '[run.sh] %s\n' "$*"; }
die() { printf '[run.sh] error: %s\n' "$*" >&2; exit 1; }

command -v java >/dev/null || die "java not found: install JDK 17 or newer"
command -v curl >/dev/null || die "curl not found: install curl"

# --- the manifest -----------------------------------------------------------------------------
NAMES=() MODULES=() PORTS=() READY=() AFTER=() ARGS=()
while read -r name module default_port ready after extra; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  NAMES+=("$name") MODULES+=("$module") PORTS+=("$(port "$default_port")") READY+=("$ready") AFTER+=("$after")
  ARGS+=("${extra:--}")
done <"$MANIFEST"

# module devstack/mongo builds target/devstack-mongo.jar (artifactId = module path with / as -)
jar_of() { echo "$ROOT/${MODULES[$1]}/target/${MODULES[$1]//\//-}.jar"; }

# --- build what is missing or stale -----------------------------------------------------------
needs_build() {
  local i jar
  for i in "${!NAMES[@]}"; do
    jar=$(jar_of "$i")
    [[ -f "$jar" ]] || return 0
    # Any source, resource or POM changed after the jar was written makes it stale. The jar's
    # mtime is the reproducible-build timestamp, so compare with its ctime (when it was written).
    if [[ -n $(find pom.xml platform frontend "${MODULES[$i]}" \
        \( -path '*/target' -o -path '*/node_modules' \) -prune -o -type f -newermt "@$(stat -c %Z "$jar")" -print -quit 2>/dev/null) ]]; then
      return 0
    fi
  done
  return 1
}

case "$FALCON_CDS" in auto|off|train) ;; *) die "FALCON_CDS must be auto or off" ;; esac

case "$FALCON_BUILD" in
  never) ;;
  always|auto)
    if [[ "$FALCON_BUILD" == always ]] || needs_build; then
      log "building (./mvnw package, tests skipped; run ./mvnw verify for the tests)"
      ./mvnw -B -q -DskipTests -pl "$(IFS=,; echo "${MODULES[*]}")" -am package || die "build failed"
    fi ;;
  *) die "FALCON_BUILD must be auto, always or never" ;;
esac

# --- class-data sharing -----------------------------------------------------------------------
# A Spring Boot jar is extracted once per build into <module>/target/cds (the application jar and
# lib/), because the JVM shares classes only from plain jars on the class path. The archive app.jsa
# beside it is written by a training run: the component starts with -XX:ArchiveClassesAtExit and
# the JVM writes the classes it loaded when it stops. The JVM checks the archive against the class
# path when it starts and ignores an archive that does not match.
cds_dir() { echo "$ROOT/${MODULES[$1]}/target/cds"; }
cds_jar() { echo "$(cds_dir "$1")/$(basename "$(jar_of "$1")")"; }
has_archive() { [[ -f "$(cds_dir "$1")/app.jsa" ]]; }
# Set when a training run kept no archive, so that later runs do not train again before the next build.
tried() { [[ -f "$(cds_dir "$1")/no-archive" ]]; }

# Extract the jar when the extraction is missing or older than the jar (its ctime, as above); a new
# extraction drops the archive, which no longer matches the class path.
extract() {
  local i=$1 jar dir stamp
  jar=$(jar_of "$i") dir=$(cds_dir "$i")
  [[ -f "$jar" ]] || return 1
  stamp=$(stat -c %Z "$jar")
  [[ -f "$dir/jar-ctime" && "$(<"$dir/jar-ctime")" == "$stamp" ]] && return 0
  rm -rf "$dir"
  if ! java -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null 2>&1; then
    rm -rf "$dir"
    return 1
  fi
  echo "$stamp" >"$dir/jar-ctime"
}

USE_CDS=()
if [[ "$FALCON_CDS" != off ]]; then
  untrained=0
  for i in "${!NAMES[@]}"; do
    if extract "$i"; then
      USE_CDS[i]=1
      has_archive "$i" || tried "$i" || untrained=$((untrained + 1))
    else
      USE_CDS[i]=0
      log "could not extract $(jar_of "$i"); ${NAMES[$i]} starts without a class-data sharing archive"
    fi
  done
  if [[ "$FALCON_CDS" == auto && "$FALCON_BUILD" != never ]] && ((untrained)); then
    log "training class-data sharing archives for $untrained components (once per build; about a minute)"
    if FALCON_CDS=train FALCON_BUILD=never "$ROOT/run.sh"; then
      log "archives trained; starting"
    else
      log "warning: training failed (see $LOGS/training); starting without the missing archives"
    fi
  fi
fi

# --- start, wait, stop ------------------------------------------------------------------------
mkdir -p "$LOGS"
PIDS=() TRAINING=() TRAINED=()
now_ms() { echo $(($(date +%s%N) / 1000000)); }
since_start() { local ms=$(($(now_ms) - STARTED_AT)); printf '%d.%d' $((ms / 1000)) $((ms % 1000 / 100)); }
STARTED_AT=$(now_ms)

stop_all() {
  trap - INT TERM EXIT
  local pid i
  ((${#PIDS[@]})) || exit "${1:-0}"
  log "stopping ${#PIDS[@]} components"
  for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
    kill -TERM "${PIDS[$i]}" 2>/dev/null || true
  done
  # A training JVM writes its archive while it stops (seconds when the machine is idle, minutes when
  # it is busy): give it up to five minutes.
  for _ in $(seq 1 $((${#TRAINING[@]} ? 600 : 60))); do
    local alive=0
    for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    ((alive)) || break
    sleep 0.5
  done
  for i in "${!PIDS[@]}"; do
    if kill -KILL "${PIDS[$i]}" 2>/dev/null; then
      unset 'TRAINING[i]'
    fi
  done
  wait 2>/dev/null || true
  keep_archives
  log "stopped"
  exit "${1:-0}"
}
trap 'stop_all 130' INT
trap 'stop_all 143' TERM
trap 'stop_all $?' EXIT

# Keep an archive only when its JVM stopped by itself (a killed one leaves a partial file) and the JVM
# accepts it; a truncated archive would crash the JVM that maps it.
keep_archives() {
  local i tmp
  for i in "${!TRAINED[@]}"; do
    tmp="$(cds_dir "$i")/app.jsa.$$"
    # shellcheck disable=SC2086
    if [[ -n "${TRAINING[i]:-}" && -f "$tmp" ]] && java $FALCON_JAVA_OPTS -Xshare:on -XX:SharedArchiveFile="$tmp" \
        -XX:-CreateCoredumpOnCrash -XX:ErrorFile=/dev/null -cp "$(cds_jar "$i")" -version >/dev/null 2>&1; then
      mv -f "$tmp" "$(cds_dir "$i")/app.jsa"
    else
      rm -f "$tmp"
      : >"$(cds_dir "$i")/no-archive"
      log "no class-data sharing archive kept for ${NAMES[$i]} (trained again after the next build)"
    fi
  done
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

is_ready() {
  local i=$1
  if [[ "${READY[$i]}" == tcp ]]; then
    port_open "${PORTS[$i]}"
  else
    curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:${PORTS[$i]}${READY[$i]}" 2>/dev/null
  fi
}

index_of() { local i; for i in "${!NAMES[@]}"; do [[ "${NAMES[$i]}" == "$1" ]] && echo "$i"; done; return 0; }

wait_ready() {
  local i=$1 deadline
  deadline=$(($(date +%s) + FALCON_READY_TIMEOUT))
  until is_ready "$i"; do
    if ! kill -0 "${PIDS[$i]}" 2>/dev/null; then
      log "${NAMES[$i]} exited during start-up; last lines of $LOGS/${NAMES[$i]}.log:"
      tail -n 30 "$LOGS/${NAMES[$i]}.log" >&2 || true
      exit 1
    fi
    (($(date +%s) < deadline)) || { log "${NAMES[$i]} not ready after ${FALCON_READY_TIMEOUT}s (see $LOGS/${NAMES[$i]}.log)"; exit 1; }
    sleep 0.3
  done
  log "$(printf '%-15s ready on port %s after %s s' "${NAMES[$i]}" "${PORTS[$i]}" "$(since_start)")"
}

for i in "${!NAMES[@]}"; do
  ! port_open "${PORTS[$i]}" || die "port ${PORTS[$i]} (${NAMES[$i]}) is in use: is another ./run.sh running? (FALCON_PORT_OFFSET moves all ports)"
done

declare -A WAITED=()
for i in "${!NAMES[@]}"; do
  if [[ "${AFTER[$i]}" != - ]]; then
    IFS=, read -ra deps <<<"${AFTER[$i]}"
    for dep in "${deps[@]}"; do
      j=$(index_of "$dep")
      [[ -n "$j" ]] || die "${NAMES[$i]} waits for unknown component $dep"
      [[ -n "${WAITED[$dep]:-}" ]] || { wait_ready "$j"; WAITED[$dep]=1; }
    done
  fi
  extra=()
  [[ "${ARGS[$i]}" == - ]] || eval "extra=(${ARGS[$i]})"
  cds=() jar=$(jar_of "$i") how=""
  if [[ "${USE_CDS[i]:-0}" == 1 ]]; then
    jar=$(cds_jar "$i")
    if has_archive "$i"; then
      cds=("-XX:SharedArchiveFile=$(cds_dir "$i")/app.jsa") how=", archive"
    elif [[ "$FALCON_CDS" == train ]]; then
      cds=("-XX:ArchiveClassesAtExit=$(cds_dir "$i")/app.jsa.$$" "-Xlog:cds*=error") how=", training"
      TRAINING[i]=1 TRAINED[i]=1
    fi
  fi
  # shellcheck disable=SC2086
  java $FALCON_JAVA_OPTS "${cds[@]}" -jar "$jar" --server.port="${PORTS[$i]}" "${extra[@]}" >"$LOGS/${NAMES[$i]}.log" 2>&1 &
  PIDS+=("$!")
  log "started ${NAMES[$i]} (pid $!$how, log $LOGS/${NAMES[$i]}.log)"
done

for i in "${!NAMES[@]}"; do
  [[ -n "${WAITED[${NAMES[$i]}]:-}" ]] || wait_ready "$i"
done

if [[ "$FALCON_CDS" == train ]]; then
  log "all ${#NAMES[@]} components trained in $(since_start) s; stopping them to write the archives"
  stop_all 0
fi

echo
log "all ${#NAMES[@]} components ready in $(since_start) s"
# shellcheck source=devstack/after-ready.sh
[[ -f "$ROOT/devstack/after-ready.sh" ]] && . "$ROOT/devstack/after-ready.sh"
for i in "${!NAMES[@]}"; do
  printf '[run.sh]   %-15s port %-6s pid %-8s RSS %4d MiB\n' "${NAMES[$i]}" "${PORTS[$i]}" "${PIDS[$i]}" \
    "$(($(ps -o rss= -p "${PIDS[$i]}" 2>/dev/null || echo 0) / 1024))"
done
cat <<EOF

  Falcon Health is running: open $FALCON_PUBLIC_URL
  Devstack demo accounts (local development only): demo / demo, alex / alex and casey / casey
  Data and logs: $FALCON_HOME   Stop with Ctrl-C.

EOF

# Stay in the foreground; if a component dies, stop the rest.
while true; do
  for i in "${!NAMES[@]}"; do
    if ! kill -0 "${PIDS[$i]}" 2>/dev/null; then
      log "${NAMES[$i]} stopped unexpectedly; see $LOGS/${NAMES[$i]}.log"
      exit 1
    fi
  done
  sleep 2 &
  wait $! || true
done
