#!/usr/bin/env bash
set -euo pipefail
SCRIPT=promote.sh
USAGE="Usage: scripts/ci/promote.sh [--help] <site> [service...]

Switches the live Service of every service (or of the services named) to its idle colour with
'bluegreen promote', in the order of scripts/ci/services.sh (gateway last), and records each switch
in \$FALCON_CI_STATE_DIR/promoted-<site> for rollback.sh. bluegreen smoke-checks the preview Service
before it switches. The old colour stays up for FALCON_SCALE_DOWN_DELAY (default 120s, longer than the
longest keep-alive idle timeout plus 30 s); the command returns right after the switch (--no-wait) so
that the post-promotion checks and a rollback run inside that hold (finish.sh scales the old colour down
afterwards), unless FALCON_PROMOTE_WAIT=true (bluegreen then waits and scales down itself).
Stops at the first service that is not switched; the services already switched stay recorded.
Exit codes: 0 all switched; 3 an idle colour is not fully available (not switched); 4 the smoke check
failed (not switched); 5 conflict, someone else switched the Service meanwhile; 2 usage error;
otherwise bluegreen's code."
# shellcheck source=scripts/ci/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
handle_help "${1:-}"
site=${1:-}
require_site "$site"
shift
select_services "$@"

mkdir -p "$FALCON_CI_STATE_DIR"
state=$(promoted_file "$site")
: >"$state"
options=(--scale-down-delay "${FALCON_SCALE_DOWN_DELAY:-120s}")
# bluegreen's own smoke path (/actuator/health/readiness) unless FALCON_SMOKE_PATH says otherwise.
[[ -z "${FALCON_SMOKE_PATH:-}" ]] || options+=(--smoke-path "$FALCON_SMOKE_PATH")
[[ "${FALCON_PROMOTE_WAIT:-false}" == true ]] || options+=(--no-wait)

for svc in "${SERVICES[@]}"; do
  log "$site: promoting $svc"
  rc=0
  bluegreen "$site" promote "$svc" "${options[@]}" || rc=$?
  case $rc in
    "$BG_OK") echo "$svc" >>"$state" ;;
    "$BG_NOT_READY") die "$site: the idle colour of $svc is not fully available; $svc was not switched" "$rc" ;;
    "$BG_SMOKE_FAILED") die "$site: the smoke check of $svc's preview failed; $svc was not switched" "$rc" ;;
    "$BG_CONFLICT") die "$site: $svc's live Service was changed by someone else meanwhile; not switched" "$rc" ;;
    *) die "$site: bluegreen promote $svc failed (exit $rc)" "$rc" ;;
  esac
done
log "$site: promoted ${#SERVICES[@]} service(s)"
