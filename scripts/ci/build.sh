#!/usr/bin/env bash
set -euo pipefail
SCRIPT=build.sh
USAGE="Usage: scripts/ci/build.sh [--help]

Builds and tests the whole reactor with the README's command (./mvnw -B verify). Extra Maven
arguments can be given in FALCON_MAVEN_ARGS (e.g. -Dskip.npm). Never builds images: see images.sh."
# shellcheck source=scripts/ci/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
handle_help "${1:-}"
(($# == 0)) || { printf '%s\n' "$USAGE" >&2; exit 2; }

cd "$ROOT"
# shellcheck disable=SC2086
exec ./mvnw -B ${FALCON_MAVEN_ARGS:-} verify
