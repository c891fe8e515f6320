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
site_and_services "$@"

worst=0
check_status "$site" "${SERVICES[@]}" || worst=$?
((worst == 0)) || exit "$worst"
check_services "$site" -preview "${SERVICES[@]}"
