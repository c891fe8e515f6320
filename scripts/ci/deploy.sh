#!/usr/bin/env bash
set -euo pipefail
SCRIPT=deploy.sh
USAGE="Usage: scripts/ci/deploy.sh [--help] <site> [service...]

Deploys this commit's image of every service (or of the services named) to the idle colour of the
site (iu or tacc) with 'bluegreen deploy', and waits until each idle Deployment is fully available
(FALCON_DEPLOY_TIMEOUT, default 600s). The live colour is not touched.
Exit codes: 0 all deployed; 3 a service's idle colour did not become ready in time; 2 usage error;
otherwise bluegreen's code for the first service that failed."
# shellcheck source=scripts/ci/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
handle_help "${1:-}"
site=${1:-}
require_site "$site"
shift
select_services "$@"

for svc in "${SERVICES[@]}"; do
  image=$(image_of "$svc")
  log "$site: deploying $image to the idle colour of $svc"
  rc=0
  bluegreen "$site" deploy "$svc" "$image" --timeout "${FALCON_DEPLOY_TIMEOUT:-600s}" || rc=$?
  case $rc in
    "$BG_OK") ;;
    "$BG_NOT_READY") die "$site: the idle colour of $svc did not become ready; nothing was switched" "$rc" ;;
    *) die "$site: bluegreen deploy $svc failed (exit $rc)" "$rc" ;;
  esac
done
log "$site: deployed ${#SERVICES[@]} service(s) to the idle colour"
