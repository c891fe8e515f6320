#!/usr/bin/env bash
set -euo pipefail
SCRIPT=images.sh
USAGE="Usage: scripts/ci/images.sh [--help] [--tar]

Builds every service's image with Jib (Maven profile 'images') and pushes it to \$FALCON_REGISTRY
with the tag <project version>-<abbreviated commit> (never 'latest'); prints the image names.
--tar writes each image to <module>/target/jib-image.tar instead of pushing (jib:buildTar).
The tests are not run again (build.sh ran them).

Registry credentials: FALCON_REGISTRY_USER and FALCON_REGISTRY_PASSWORD, when set, are written to a
temporary Docker config (DOCKER_CONFIG) that Jib reads and that is removed afterwards; otherwise Jib
uses the agent's own Docker configuration or credential helpers."
# shellcheck source=scripts/ci/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
goal=jib:build
case "${1:-}" in
  --tar) goal=jib:buildTar; shift ;;
  *) handle_help "${1:-}" ;;
esac
(($# == 0)) || { printf '%s\n' "$USAGE" >&2; exit 2; }

cd "$ROOT"
tag=$(image_tag)
if [[ -n "${FALCON_REGISTRY_USER:-}" && -n "${FALCON_REGISTRY_PASSWORD:-}" ]]; then
  DOCKER_CONFIG=$(mktemp -d)
  export DOCKER_CONFIG
  trap 'rm -rf "$DOCKER_CONFIG"' EXIT
  auth=$(printf '%s:%s' "$FALCON_REGISTRY_USER" "$FALCON_REGISTRY_PASSWORD" | base64 -w0)
  (umask 077; printf '{"auths":{"%s":{"auth":"%s"}}}\n' "${FALCON_REGISTRY%%/*}" "$auth" >"$DOCKER_CONFIG/config.json")
fi

modules=$(IFS=,; echo "${FALCON_SERVICES[*]}")
log "building images $FALCON_REGISTRY/<service>:$tag ($goal)"
# shellcheck disable=SC2086
./mvnw -B ${FALCON_MAVEN_ARGS:-} -Pimages -DskipTests -pl "$modules" -am \
  -Djib.registry="$FALCON_REGISTRY" -Dfalcon.image.tag="$tag" package "$goal"
for svc in "${FALCON_SERVICES[@]}"; do echo "$(image_of "$svc")"; done
