# Sourced by ./run.sh once every component is ready: provider set-up that needs the whole suite.
# Each step is best effort: a failure is reported and the suite keeps running.

# Strava push subscription at the sandbox: the sandbox validates it with the real handshake
# (GET /webhooks/strava through the gateway), then pushes activity and athlete events there.
register_strava_webhook() {
  local answer
  if answer=$(curl -fsS -X POST "$FALCON_SANDBOX_URL/strava/api/v3/push_subscriptions" \
      --data-urlencode "client_id=$FALCON_STRAVA_CLIENT_ID" \
      --data-urlencode "client_secret=$FALCON_STRAVA_CLIENT_SECRET" \
      --data-urlencode "callback_url=$FALCON_PUBLIC_URL/webhooks/strava" \
      --data-urlencode "verify_token=$FALCON_STRAVA_VERIFY_TOKEN" 2>&1); then
    log "Strava webhook subscription registered at the sandbox: $answer"
  else
    log "warning: could not register the Strava webhook subscription at the sandbox: $answer"
  fi
}

register_strava_webhook

# Google Health subscriber at the sandbox: the sandbox runs the two-POST verification against
# /webhooks/google-health (through the gateway), then sends notifications there, carrying the
# registered secret (the sandbox is started with send-authorization=true).
register_google_health_subscriber() {
  local answer
  if answer=$(curl -fsS -X POST "$FALCON_SANDBOX_URL/google-health/v4/projects/falcon-local/subscribers?subscriberId=falcon-local" \
      -H 'Content-Type: application/json' \
      --data "{\"endpointUri\":\"$FALCON_PUBLIC_URL/webhooks/google-health\",
               \"subscriberConfigs\":[{\"dataTypes\":[\"heart-rate\",\"daily-resting-heart-rate\",\"sleep\",\"steps\",\"distance\",\"total-calories\"],
                                       \"subscriptionCreatePolicy\":\"AUTOMATIC\"}],
               \"endpointAuthorization\":{\"secret\":\"$FALCON_GOOGLE_HEALTH_NOTIFICATION_SECRET\"}}" 2>&1); then
    log "Google Health subscriber registered at the sandbox"
  else
    log "warning: could not register the Google Health subscriber at the sandbox: $answer"
  fi
}

register_google_health_subscriber

# Dropbox webhook at the sandbox: the sandbox verifies the URI like Dropbox (GET
# /webhooks/dropbox?challenge=... through the gateway must echo the challenge as the raw body),
# then POSTs {"list_folder":{"accounts":[...]},"delta":{"users":[...]}} there after every change
# to a sandbox account's files, signed with X-Dropbox-Signature (HMAC-SHA256, app secret).
register_dropbox_webhook() {
  local answer
  if answer=$(curl -fsS -X POST "$FALCON_SANDBOX_URL/dropbox/sandbox/webhook" \
      --data-urlencode "uri=$FALCON_PUBLIC_URL/webhooks/dropbox" 2>&1); then
    log "Dropbox webhook enabled at the sandbox: $answer"
  else
    log "warning: could not enable the Dropbox webhook at the sandbox: $answer"
  fi
}

register_dropbox_webhook
