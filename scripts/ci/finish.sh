#!/usr/bin/env bash
set -euo pipefail
SCRIPT=finish.sh
USAGE="Usage: scripts/ci/finish.sh [--help] <site> [site...]

Ends the promotion of every service promote.sh switched in this workspace (\$FALCON_CI_STATE_DIR/promoted-<site>):
'bluegreen finish <service>' scales the old colour to 0 once its hold (the scale-down delay) is over. While a
hold lasts bluegreen exits 3 and this script asks again every FALCON_FINISH_POLL seconds (default 10), for at
most FALCON_FINISH_TIMEOUT seconds (default 600) per service. A finished service is removed from the record:
it can no longer be rolled back. Exit codes: 0 every recorded service finished (or none was recorded); 3 a
hold did not end in time; otherwise bluegreen's code for the first failure (every service is tried)."
# shellcheck source=scripts/ci/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
handle_help "${1:-}"
(($#)) || { printf '%s\n' "$USAGE" >&2; exit 2; }
for site in "$@"; do require_site "$site"; done

poll=${FALCON_FINISH_POLL:-10}
timeout=${FALCON_FINISH_TIMEOUT:-600}
worst=0
for site in "$@"; do
  state=$(promoted_file "$site")
  if [[ ! -s "$state" ]]; then
    log "$site: nothing was promoted; nothing to finish"
    continue
  fi
  mapfile -t promoted <"$state"
  left=()
  for svc in "${promoted[@]}"; do
    started=$SECONDS
    while :; do
      rc=0
      bluegreen "$site" finish "$svc" || rc=$?
      ((rc == BG_NOT_READY && SECONDS - started < timeout)) || break
      sleep "$poll"
    done
    case $rc in
      "$BG_OK") log "$site: $svc's old colour is scaled down" ;;
      "$BG_NOT_READY") warn "$site: the hold of $svc's old colour did not end within ${timeout}s" ;;
      *) warn "$site: bluegreen finish $svc failed (exit $rc)" ;;
    esac
    if ((rc != 0)); then
      left+=("$svc")
      ((worst != 0)) || worst=$rc
    fi
  done
  printf '%s\n' "${left[@]}" | sed '/^$/d' >"$state"
done
exit "$worst"
