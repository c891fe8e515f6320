#!/usr/bin/env bash
# The services the pipeline builds images for, deploys and promotes: the one list every script under
# scripts/ci/ reads. Order matters: promotion goes from the services nothing else calls first to the
# gateway last, so a new gateway never routes to an old colour of a service it depends on; rollback
# walks the list backwards. The devstack (idp, sandbox, mongo) is never deployed.
# shellcheck disable=SC2034
FALCON_SERVICES=(
  backend-data
  fitness-service
  fitbit-service
  diet-service
  dropbox-ingest
  backend-server
  gateway
)

# The sites, in the order the pipeline visits them.
FALCON_SITES=(iu tacc)
