#!/usr/bin/env bash
set -euo pipefail
SCRIPT=verify-live.sh
USAGE="Usage: scripts/ci/verify-live.sh [--help] <site> [service...]

Post-promotion checks: every service (or the services named) must report its live colour through
'bluegreen status <service>' and answer its readiness probe through the live Service (<service>,
management port, /actuator/health/readiness, through the API server's service proxy; the gateway's
public port too). Every service is checked and reported; exit 1 when any failed."
# shellcheck source=scripts/ci/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
handle_help "${1:-}"
site=${1:-}
require_site "$site"
shift
select_services "$@"

failed=0
for svc in "${SERVICES[@]}"; do
  rc=0
  bluegreen "$site" status "$svc" >/dev/null || rc=$?
  ((rc == 0)) || { warn "$site: bluegreen status $svc failed (exit $rc)"; failed=1; }
done
check_services "$site" "" "${SERVICES[@]}" || failed=1
exit "$failed"
