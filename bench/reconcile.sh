#!/usr/bin/env bash
# Reconciliation at scale: N dossiers (default 1,000,000) bulk-loaded straight into both simulators (their own
# JVM), the gateway's ledger seeded to match with one COPY, 0.1 % drift (a quarter each behind, missing at the
# portal, changed there, an older state there; plus a tenth as many unknown to the province). Then one run
# over every unit is timed from POST /api/reconciliations to completed (the gateway at -Xmx256m), and again
# until every repair is delivered; a second (dry) run must find only the unknown ones.
# WARMUP=1 first runs an untimed dry run (the JIT-cold figure, printed apart), as a gateway that has been up
# for a while would be warm.
#   bench/reconcile.sh [N=1000000]      env: SIM_XMX (6g), GW_XMX (256m), WARMUP=0, KEEP_LOGS=1, TIMEOUT=1200
source "$(dirname "$0")/lib.sh"
N=${1:-1000000}
SIM_XMX=${SIM_XMX:-6g}
GW_XMX=${GW_XMX:-256m}
deadline=$((SECONDS + ${TIMEOUT:-1200}))
build
start_simulator

t0=$(now)
curl -sf -X POST "$SIM/sim/_admin/bulk?n=$N&units=10&drift=0.001" >"$WORK/ledger.csv"
loaded=$(grep '^#' "$WORK/ledger.csv")
sed -i '/^#/d' "$WORK/ledger.csv"
repairable=$(sed -E 's/.*repairable=([0-9]+).*/\1/' <<<"$loaded")
log "bulk load in $(printf '%.1f' "$(echo "$(now) - $t0" | bc)") s: $loaded; simulator RSS $(rss_mb "$SIM_PID") MB"

start_gateway --gateway.reconciliation.schedules[0].cron=- --gateway.feed.poll-interval=60000
t0=$(now)
sql "\\copy sync_ledger (code, unit_code, delivered_version, payload_hash, delivered_at, outcome) from '$WORK/ledger.csv' csv" >/dev/null
sql "analyze sync_ledger" >/dev/null
log "ledger seeded: $(sql 'select count(*) from sync_ledger') rows in $(printf '%.1f' "$(echo "$(now) - $t0" | bc)") s"

field() { python3 -c "import json,sys; r=json.load(sys.stdin); print(r$1)"; }
run() { # dryRun -> run id
  curl -sf -u "$BENCH_AUTH" -X POST -H 'Content-Type: application/json' "$GW/api/reconciliations" \
    -d "{\"from\":\"$(date -d '-30 days' +%Y-%m-%dT00:00:00+07:00)\",\"to\":\"$(date -d '+1 hour' -Iseconds)\",\"dryRun\":$1}" | field "['id']"
}
wait_run() { # id
  local last=$SECONDS status
  while :; do
    status=$(curl -sf -u "$BENCH_AUTH" "$GW/api/reconciliations/$1" | field "['status']")
    [[ $status != running ]] && break
    if (( SECONDS - last >= 5 )); then
      log "$(curl -sf -u "$BENCH_AUTH" "$GW/api/reconciliations/$1" | field "['progress']")"; last=$SECONDS
    fi
    (( SECONDS < deadline )) || { log "timeout: run $1 still running"; exit 1; }
    sleep 0.25
  done
}

if [[ "${WARMUP:-0}" == 1 ]]; then
  t0=$(now); wid=$(run true); wait_run "$wid"
  printf 'WARM-UP (dry, JIT-cold) run: %.1f s\n' "$(echo "$(now) - $t0" | bc)"
fi
load_before=$(loadavg)
cpu_gw0=$(cpu_s "$GW_PID"); cpu_sim0=$(cpu_s "$SIM_PID")
start=$(now)
id=$(run false)
wait_run "$id"
ran=$(now)
cpu_gw1=$(cpu_s "$GW_PID"); cpu_sim1=$(cpu_s "$SIM_PID")
while (( $(sql "select count(*) from sync_version where state = 'queued'") > 0 )); do
  (( SECONDS < deadline )) || { log "timeout: repairs still queued"; exit 1; }
  sleep 0.25
done
repaired=$(now)
report=$(curl -sf -u "$BENCH_AUTH" "$GW/api/reconciliations/$id")
printf 'RECONCILE %d dossiers compared in %.1f s = %d/s; with the %d repairs delivered %.1f s\n' "$N" \
  "$(echo "$ran - $start" | bc)" "$(echo "$N / ($ran - $start)" | bc)" "$repairable" "$(echo "$repaired - $start" | bc)"
echo "    $(field "['summary']" <<<"$report")"
echo "    where the time went (ms; the sources are read in the background, side by side): $(field "['timings']" <<<"$report")"
echo "    CPU during the run: gateway $(echo "$cpu_gw1 - $cpu_gw0" | bc) s, simulators $(echo "$cpu_sim1 - $cpu_sim0" | bc) s; load average before $load_before, after $(loadavg)"
echo "    gateway -Xmx$GW_XMX, RSS $(rss_mb "$GW_PID") MB; simulators RSS $(rss_mb "$SIM_PID") MB"
delivered=$(sql "select count(*) from sync_version where state = 'delivered'")
failed=$(sql "select count(*) from failed_sync where status = 'open'")
echo "    repairs: $delivered versions delivered again, $failed open failures"

id2=$(run true)
wait_run "$id2"
second=$(curl -sf -u "$BENCH_AUTH" "$GW/api/reconciliations/$id2")
echo "    second run: $(field "['summary']" <<<"$second")"
drift=$(field "['behind'] + r['missing'] + r['differs']" <<<"$second")
(( drift == 0 )) || { echo "    DRIFT LEFT after repair: $drift"; exit 1; }
