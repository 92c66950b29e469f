#!/usr/bin/env bash
# Outage backlog: the portal (DVCQG simulator) is down while N dossiers are generated and pulled onto the
# durable queue; then it recovers, and the script times how long the gateway takes to drain the backlog, and
# checks that nothing was lost (delivered + superseded + failed == pulled == N).
#   bench/backlog.sh [N=100000]      env: KEEP_LOGS=1, TIMEOUT=1800
source "$(dirname "$0")/lib.sh"
N=${1:-100000}
build
start_simulator
start_gateway

curl -sf -X POST "$SIM/sim/dvcqg/_admin/outage?seconds=86400" >/dev/null
log "portal in outage; generating $N dossiers"
generate "$N"
deadline=$((SECONDS + ${TIMEOUT:-1800}))
while :; do
  read -r pulled delivered superseded failed < <(counts)
  (( pulled >= N )) && break
  (( SECONDS < deadline )) || { log "timeout: only $pulled of $N pulled"; exit 1; }
  sleep 0.5
done
(( delivered == 0 )) || { log "delivered $delivered during the outage: the outage did not hold"; exit 1; }
log "all $pulled pulled onto the queue, none delivered; broker journal+paging $(du -sm "$WORK/data/artemis" | cut -f1) MB, gateway RSS $(rss_mb "$GW_PID") MB"

curl -sf -X PUT -H 'Content-Type: application/json' -d '{}' "$SIM/sim/dvcqg/_admin/faults" >/dev/null
recovered=$(now)
log "portal recovered"
first="" ; last_log=$SECONDS
while :; do
  read -r pulled delivered superseded failed < <(counts)
  settled=$((delivered + superseded + failed))
  [[ -z $first && $delivered -gt 0 ]] && first=$(now)
  (( settled >= pulled )) && break
  kill -0 "$GW_PID" || { log "gateway died"; exit 1; }
  (( SECONDS < deadline )) || { log "timeout: settled $settled of $pulled"; exit 1; }
  if (( SECONDS - last_log >= 15 )); then log "delivered $delivered superseded $superseded failed $failed"; last_log=$SECONDS; fi
  sleep 0.5
done
end=$(now)
printf 'BACKLOG %d drained in %.1f s after recovery = %d/s (first delivery %.1f s after recovery)\n' "$pulled" \
  "$(echo "$end - $recovered" | bc)" "$(echo "$pulled / ($end - $recovered)" | bc)" "$(echo "$first - $recovered" | bc)"
echo "    pulled $pulled delivered $delivered superseded $superseded failed $failed; gateway RSS $(rss_mb "$GW_PID") MB"
if (( delivered + superseded + failed == pulled && pulled == N )); then
  echo "    nothing lost: delivered + superseded + failed == pulled == $N"
else
  echo "    MISMATCH: delivered + superseded + failed = $settled, pulled = $pulled, generated = $N"; exit 1
fi
