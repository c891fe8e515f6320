#!/usr/bin/env bash
# Shared by the scripts under scripts/ci/ (sourced, never run). Each script sets SCRIPT and a usage text
# before sourcing this file.
#
# Environment every script understands:
#   BLUEGREEN            the bluegreen command (default: scripts/ci/bluegreen, which runs bluegreen/target/bluegreen.jar)
#   KUBECTL              the kubectl command (default: kubectl), used for the HTTP checks through the API server
#   FALCON_NAMESPACE     the namespace of both sites (default: falcon)
#   FALCON_KUBECONFIG    a kubeconfig file with the contexts falcon-iu and falcon-tacc (default: kubectl's own,
#                        i.e. $KUBECONFIG or ~/.kube/config)
#   FALCON_REGISTRY      where the images live (default: ghcr.io/falcon-health, as jib.registry in pom.xml)
#   FALCON_IMAGE_TAG     the images' tag (default: <project version>-<abbreviated commit>, as Jib tags them)
#   FALCON_CI_STATE_DIR  where promote.sh records what it switched, for rollback.sh (default: target/ci-state)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=scripts/ci/services.sh
. "$ROOT/scripts/ci/services.sh"

BLUEGREEN=${BLUEGREEN:-$ROOT/scripts/ci/bluegreen}
KUBECTL=${KUBECTL:-kubectl}
FALCON_NAMESPACE=${FALCON_NAMESPACE:-falcon}
FALCON_REGISTRY=${FALCON_REGISTRY:-ghcr.io/falcon-health}
FALCON_CI_STATE_DIR=${FALCON_CI_STATE_DIR:-$ROOT/target/ci-state}

# The bluegreen exit codes (ISSUE15 contract).
readonly BG_OK=0 BG_USAGE=2 BG_NOT_READY=3 BG_SMOKE_FAILED=4 BG_CONFLICT=5 BG_ROLLBACK_IMPOSSIBLE=6

log() { printf '[%s] %s\n' "$SCRIPT" "$*"; }
warn() { printf '[%s] %s\n' "$SCRIPT" "$*" >&2; }
die() { printf '[%s] error: %s\n' "$SCRIPT" "$1" >&2; exit "${2:-1}"; }

# Prints the usage text and exits 0 for -h/--help; exits 2 (usage error) for an unknown option.
handle_help() {
  case "${1:-}" in
    -h|--help) printf '%s\n' "$USAGE"; exit 0 ;;
    -*) printf '%s\n' "$USAGE" >&2; exit 2 ;;
  esac
}

require_site() {
  local site=${1:-}
  [[ -n "$site" ]] || { printf '%s\n' "$USAGE" >&2; exit 2; }
  local s
  for s in "${FALCON_SITES[@]}"; do [[ "$s" == "$site" ]] && return 0; done
  die "unknown site '$site' (known: ${FALCON_SITES[*]})" 2
}

require_service() {
  local s
  for s in "${FALCON_SERVICES[@]}"; do [[ "$s" == "$1" ]] && return 0; done
  die "unknown service '$1' (known: ${FALCON_SERVICES[*]})" 2
}

# Sets the array SERVICES to the services named on the command line (each checked), or all of them.
select_services() {
  if (($#)); then
    local s
    for s in "$@"; do require_service "$s"; done
    SERVICES=("$@")
  else
    SERVICES=("${FALCON_SERVICES[@]}")
  fi
}

# bluegreen with the site's common options; returns bluegreen's exit code and never exits the script.
bluegreen() {
  local site=$1 command=$2
  shift 2
  local common=(--site "$site" --namespace "$FALCON_NAMESPACE")
  [[ -z "${FALCON_KUBECONFIG:-}" ]] || common+=(--kubeconfig "$FALCON_KUBECONFIG")
  [[ "${FALCON_DRY_RUN:-false}" != true ]] || common+=(--dry-run)
  local rc=0
  "$BLUEGREEN" "$command" "$@" "${common[@]}" || rc=$?
  return "$rc"
}

kubectl_site() {
  local site=$1
  shift
  local args=(--context "falcon-$site" --namespace "$FALCON_NAMESPACE")
  [[ -z "${FALCON_KUBECONFIG:-}" ]] || args+=(--kubeconfig "$FALCON_KUBECONFIG")
  "$KUBECTL" "${args[@]}" "$@"
}

# GET a path of a Service through the API server's service proxy, so that the check works from a
# Jenkins agent outside the cluster and reaches the management port, which is never published.
probe() {
  local site=$1 service=$2 port=$3 path=$4
  kubectl_site "$site" get --raw \
    "/api/v1/namespaces/$FALCON_NAMESPACE/services/http:$service:$port/proxy$path" >/dev/null 2>&1
}

# Checks every service's readiness through the given Service suffix ("-preview" for the idle colour,
# "" for the live one); reports each service and returns non-zero when any failed.
check_services() {
  local site=$1 suffix=$2
  shift 2
  local failed=() svc
  for svc in "$@"; do
    if probe "$site" "$svc$suffix" management /actuator/health/readiness \
        && { [[ "$svc" != gateway ]] || probe "$site" "$svc$suffix" http /actuator/health/readiness; }; then
      log "$site: $svc$suffix ready"
    else
      warn "$site: $svc$suffix NOT ready"
      failed+=("$svc")
    fi
  done
  ((${#failed[@]} == 0)) || { warn "$site: failed: ${failed[*]}"; return 1; }
}

project_version() {
  # The parent POM's own version: the first <version> after its artifactId.
  sed -n '/<artifactId>falcon-health<\/artifactId>/,/<\/version>/s:.*<version>\(.*\)</version>.*:\1:p' \
    "$ROOT/pom.xml" | head -n 1
}

image_tag() {
  if [[ -n "${FALCON_IMAGE_TAG:-}" ]]; then
    echo "$FALCON_IMAGE_TAG"
  else
    # git-commit-id's git.commit.id.abbrev is seven characters long.
    echo "$(project_version)-$(git -C "$ROOT" rev-parse --short=7 HEAD)"
  fi
}

image_of() { echo "$FALCON_REGISTRY/$1:$(image_tag)"; }

promoted_file() { echo "$FALCON_CI_STATE_DIR/promoted-$1"; }
