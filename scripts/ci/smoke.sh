#!/usr/bin/env bash
set -euo pipefail
SCRIPT=smoke.sh
USAGE="Usage: scripts/ci/smoke.sh [--help] <site> [service...]

Smoke-tests the idle colour of every service (or of the services named) before promotion: the idle
colour must be fully available ('bluegreen status <service>') and answer its readiness probe through
the preview Service (<service>-preview, management port, /actuator/health/readiness, reached through
the API server's service proxy with kubectl; the gateway's public port too). Every service is checked
and reported; the exit code is 1 when any failed, 3 when bluegreen reports a service not ready."
# shellcheck source=scripts/ci/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
handle_help "${1:-}"
site=${1:-}
require_site "$site"
shift
select_services "$@"

worst=0
for svc in "${SERVICES[@]}"; do
  rc=0
  bluegreen "$site" status "$svc" >/dev/null || rc=$?
  if ((rc != 0)); then
    warn "$site: bluegreen status $svc failed (exit $rc)"
    ((worst == BG_NOT_READY)) || worst=$rc
  fi
done
((worst == 0)) || exit "$worst"
check_services "$site" -preview "${SERVICES[@]}"
