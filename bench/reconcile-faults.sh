#!/usr/bin/env bash
# A reconciliation that waits out faults finds what a clean one finds. N dossiers (default 100,000) bulk-loaded
# into the simulators with 0.1 % drift and the ledger seeded to match (as bench/reconcile.sh); then two dry runs
# over every unit: one without faults, one with 10 % transient faults on the portal and the province (5 % HTTP
# 5xx, 5 % HTTP 429 with Retry-After: 1) and a 30 s portal outage started once the run is under way. The second
# must complete and its findings (code, kind; the CSV export) must equal the first's. Prints both times.
#   bench/reconcile-faults.sh [N=100000]      env: SIM_XMX (3g), GW_XMX (256m), OUTAGE (30), TIMEOUT=1800
source "$(dirname "$0")/lib.sh"
N=${1:-100000}
SIM_XMX=${SIM_XMX:-3g}
GW_XMX=${GW_XMX:-256m}
OUTAGE=${OUTAGE:-30}
deadline=$((SECONDS + ${TIMEOUT:-1800}))
build
start_simulator

curl -sf -X POST "$SIM/sim/_admin/bulk?n=$N&units=10&drift=0.001" >"$WORK/ledger.csv"
log "bulk load: $(grep '^#' "$WORK/ledger.csv")"
sed -i '/^#/d' "$WORK/ledger.csv"
start_gateway --gateway.reconciliation.schedules[0].cron=- --gateway.feed.poll-interval=60000
sql "\\copy sync_ledger (code, unit_code, delivered_version, payload_hash, delivered_at, outcome) from '$WORK/ledger.csv' csv" >/dev/null
sql "analyze sync_ledger" >/dev/null

field() { python3 -c "import json,sys; r=json.load(sys.stdin); print(r$1)"; }
run() { # a dry run over every unit -> its id
  curl -sf -u "$BENCH_AUTH" -X POST -H 'Content-Type: application/json' "$GW/api/reconciliations" \
    -d "{\"from\":\"$(date -d '-30 days' +%Y-%m-%dT00:00:00+07:00)\",\"to\":\"$(date -d '+1 hour' -Iseconds)\",\"dryRun\":true}" \
    | field "['id']"
}
status() { curl -sf -u "$BENCH_AUTH" "$GW/api/reconciliations/$1" | field "['status']"; }
wait_run() { # id
  while [[ $(status "$1") == running ]]; do
    (( SECONDS < deadline )) || { log "timeout: run $1 still running"; exit 1; }
    sleep 1
  done
}
findings() { # id file: code,kind of every finding, sorted
  curl -sf -u "$BENCH_AUTH" "$GW/api/reconciliations/$1/findings.csv" | tail -n +2 | cut -d, -f1,3 | sort >"$2"
}
faults() { # system json
  curl -sf -X PUT -H 'Content-Type: application/json' "$SIM/sim/$1/_admin/faults" -d "$2" >/dev/null
}

t0=$(now); clean=$(run); wait_run "$clean"; t1=$(now)
printf 'CLEAN run %s: %s in %.1f s\n' "$clean" "$(status "$clean")" "$(echo "$t1 - $t0" | bc)"
findings "$clean" "$WORK/clean.csv"

transient='{"error-rate":0.05,"too-many-rate":0.05,"retry-after":1}'
faults dvcqg "$transient"
faults provincial "$transient"
t0=$(now); faulty=$(run)
sleep 5
curl -sf -X POST "$SIM/sim/dvcqg/_admin/outage?seconds=$OUTAGE" >/dev/null
log "portal outage of $OUTAGE s started"
wait_run "$faulty"; t1=$(now)
faults dvcqg '{}'
faults provincial '{}'
printf 'FAULTY run %s: %s in %.1f s (10 %% transient faults, a %d s portal outage)\n' "$faulty" "$(status "$faulty")" \
  "$(echo "$t1 - $t0" | bc)" "$OUTAGE"
findings "$faulty" "$WORK/faulty.csv"
echo "    findings: clean $(wc -l <"$WORK/clean.csv"), with faults $(wc -l <"$WORK/faulty.csv")"
[[ $(status "$faulty") == completed ]] || { echo "FAIL: the run with faults did not complete"; exit 1; }
if diff -q "$WORK/clean.csv" "$WORK/faulty.csv" >/dev/null; then
  echo "    SAME findings"
else
  echo "FAIL: the findings differ:"; diff "$WORK/clean.csv" "$WORK/faulty.csv" | head -20; exit 1
fi
