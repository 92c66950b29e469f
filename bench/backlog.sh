#!/usr/bin/env bash
# Outage backlog: the portal (DVCQG simulator) is down while N dossiers are generated and pulled onto the
# durable queue; then it recovers, and the script times how long the gateway takes to drain the backlog, and
# checks in the gateway's database that nothing was lost: every one of the N pulled versions settled
# (delivered, superseded or failed) and the portal holds every delivered one. Needs psql.
# (The lienthong_dossiers_failed_total counter is not used to decide: it counts a rejected record again each
# time its batch is redelivered, e.g. in the seconds before the portal's circuit opens.)
#   bench/backlog.sh [N=100000] [WARMUP=0]      env: KEEP_LOGS=1, TIMEOUT=1800, HOLD=broker|province, GW_EXTRA="--k=v ..."
#   HOLD=broker (the default here, the hardest case): the feed's back-pressure is lifted, so the whole backlog
#   is pulled onto the broker during the outage (and paged to disk). HOLD=province: the gateway as configured,
#   whose feed stops at gateway.feed.max-queued versions waiting, so the rest of the backlog waits at the
#   province and is pulled as delivery frees room.
#   WARMUP dossiers are delivered before the outage, as by a gateway that has been running for a while (on
#   2 cores the JIT otherwise compiles the delivery path during the timed drain).
source "$(dirname "$0")/lib.sh"
N=${1:-100000}
WARMUP=${2:-0}
build
start_simulator
HOLD=${HOLD:-broker}
if [[ $HOLD == broker ]]; then HOLD_ARGS=(--gateway.feed.max-queued=$((N + 1000))); else HOLD_ARGS=(); fi
# shellcheck disable=SC2086
start_gateway "${HOLD_ARGS[@]}" --gateway.reconciliation.schedules[0].cron=- --gateway.lookups.enabled=false ${GW_EXTRA:-}

deadline=$((SECONDS + ${TIMEOUT:-1800}))
if (( WARMUP > 0 )); then
  log "warm-up: $WARMUP dossiers delivered before the outage"
  generate "$WARMUP"
  until (( $(sql "select count(*) from sync_version where state <> 'queued'") >= WARMUP )); do
    (( SECONDS < deadline )) || { log "timeout: warm-up not settled"; exit 1; }
    sleep 0.5
  done
fi
read -r _ delivered_before _ _ < <(counts)

curl -sf -X POST "$SIM/sim/dvcqg/_admin/outage?seconds=86400" >/dev/null
log "portal in outage; generating $N dossiers"
generate "$N"
if [[ $HOLD == broker ]]; then
  while :; do
    read -r pulled delivered superseded failed < <(counts)
    (( pulled >= WARMUP + N )) && break
    (( SECONDS < deadline )) || { log "timeout: only $pulled of $N pulled"; exit 1; }
    sleep 0.5
  done
else
  # the feed stops pulling once max-queued versions wait; pulled stays put for 3 s in a row
  read -r pulled _ < <(counts); still=0
  while (( still < 6 )); do
    sleep 0.5
    read -r now_pulled _ < <(counts)
    if (( now_pulled == pulled && now_pulled > WARMUP )); then still=$((still + 1)); else still=0; fi
    pulled=$now_pulled
    (( SECONDS < deadline )) || { log "timeout: the feed never stopped"; exit 1; }
  done
  read -r pulled delivered superseded failed < <(counts)
fi
(( delivered == delivered_before )) || { log "delivered $((delivered - delivered_before)) during the outage: the outage did not hold"; exit 1; }
log "$((pulled - WARMUP)) of $N pulled onto the queue (the rest waits at the province), none delivered; broker journal+paging $(du -sm "$WORK/data/artemis" | cut -f1) MB, gateway RSS $(rss_mb "$GW_PID") MB"

curl -sf -X PUT -H 'Content-Type: application/json' -d '{}' "$SIM/sim/dvcqg/_admin/faults" >/dev/null
recovered=$(now)
log "portal recovered"
first="" ; last_log=$SECONDS
while :; do
  queued=$(sql "select count(*) from sync_version where state = 'queued'")
  recorded=$(sql "select count(*) from sync_version")
  [[ -z $first ]] && (( $(counts | cut -d' ' -f2) > delivered_before )) && first=$(now)
  (( queued == 0 && recorded >= WARMUP + N )) && break
  kill -0 "$GW_PID" || { log "gateway died"; exit 1; }
  (( SECONDS < deadline )) || { log "timeout: $queued still queued"; exit 1; }
  if (( SECONDS - last_log >= 15 )); then log "$queued versions still queued, $((WARMUP + N - recorded)) not yet pulled"; last_log=$SECONDS; fi
  sleep 0.5
done
end=$(now)
# the drain's shape: versions settled per 15 s after recovery, and per recording transaction (a portal batch)
shape=$(sql "select string_agg(n || ' (' || round(n::numeric / tx, 1) || '/tx)', ', ' order by b) from (
  select floor(extract(epoch from decided_at - to_timestamp($recovered)) / 15) b, count(*) n, count(distinct decided_at) tx
    from sync_version where decided_at >= to_timestamp($recovered) group by 1) s")
printf 'BACKLOG %d drained in %.1f s after recovery = %d/s (first delivery %.1f s after recovery)\n' "$N" \
  "$(echo "$end - $recovered" | bc)" "$(echo "$N / ($end - $recovered)" | bc)" "$(echo "$first - $recovered" | bc)"
echo "    settled per 15 s after recovery (versions per recording transaction): $shape"
read -r pulled delivered superseded failed < <(counts)
echo "    metrics: pulled $pulled delivered $delivered superseded $superseded failed $failed; gateway RSS $(rss_mb "$GW_PID") MB"
states=$(sql "select string_agg(state || ' ' || n, ', ') from (select state, count(*) n from sync_version group by state order by state) s")
total=$(sql "select count(*) from sync_version")
db_delivered=$(sql "select count(*) from sync_version where state = 'delivered'")
portal=$(curl -sf "$SIM/sim/dvcqg/_admin/size" | python3 -c 'import json,sys; print(json.load(sys.stdin)["size"])')
echo "    sync_version: $states; portal holds $portal dossiers"
if (( total == WARMUP + N && db_delivered == portal )); then
  echo "    nothing lost: all $((WARMUP + N)) versions settled, and the portal holds every delivered one"
else
  echo "    MISMATCH: $total versions recorded of $((WARMUP + N)) generated; $db_delivered delivered, portal holds $portal"; exit 1
fi
