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
site_and_services "$@"

failed=0
check_status "$site" "${SERVICES[@]}" || failed=1
check_services "$site" "" "${SERVICES[@]}" || failed=1
exit "$failed"
