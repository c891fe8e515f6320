#!/usr/bin/env bash
set -euo pipefail
SCRIPT=rollback.sh
USAGE="Usage: scripts/ci/rollback.sh [--help] <site> [site...]

Switches back what promote.sh switched in this workspace (\$FALCON_CI_STATE_DIR/promoted-<site>), site
by site in the order given, each site's services in reverse order of promotion, with 'bluegreen
rollback'. A site with nothing recorded is left alone. Every recorded service is tried even when one
fails; a rolled-back service is removed from the record.
Exit codes: 0 everything recorded was rolled back (or nothing was); 6 a service's old colour is no
longer up (rollback impossible: redeploy the previous image); otherwise the first failure's code."
# shellcheck source=scripts/ci/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
handle_help "${1:-}"
(($#)) || { printf '%s\n' "$USAGE" >&2; exit 2; }
for site in "$@"; do require_site "$site"; done

worst=0
for site in "$@"; do
  state=$(promoted_file "$site")
  if [[ ! -s "$state" ]]; then
    log "$site: nothing was promoted; nothing to roll back"
    continue
  fi
  mapfile -t promoted <"$state"
  left=()
  for ((i = ${#promoted[@]} - 1; i >= 0; i--)); do
    svc=${promoted[i]}
    log "$site: rolling back $svc"
    rc=0
    bluegreen "$site" rollback "$svc" || rc=$?
    case $rc in
      "$BG_OK") ;;
      "$BG_ROLLBACK_IMPOSSIBLE") warn "$site: $svc cannot be rolled back: its old colour is no longer up" ;;
      *) warn "$site: bluegreen rollback $svc failed (exit $rc)" ;;
    esac
    if ((rc != 0)); then
      left=("$svc" "${left[@]}")
      ((worst != 0)) || worst=$rc
    fi
  done
  printf '%s\n' "${left[@]}" | sed '/^$/d' >"$state"
done
exit "$worst"
