#!/usr/bin/env bash
# Payment reconciliation: for each N, a simulated PayGov day of N payments (3% of notifications lost, 2% sent
# twice) is notified to the gateway and relayed to the provincial simulator; then one of each other
# discrepancy; then the day is reconciled twice through the REST API, and each run is timed from the POST to
# its state 'completed' (PayGov listing pages of 1000 with every row's checksum verified, provincial export
# pages of 5000, classification in PostgreSQL). The portal is kept in outage so that the sync spine (which
# also carries the confirmed fees' new dossier versions) stops at its back-pressure instead of competing.
# Days larger than NOTIFY_UP_TO (10000) skip the notification path: the simulator tells the province of the
# payments that were not lost directly, so that only the reconciliation is measured at that size.
#   bench/payments-reconcile.sh [N...=10000 100000]      env: NOTIFY_UP_TO, KEEP_LOGS=1, TIMEOUT=1800
source "$(dirname "$0")/lib.sh"
SIZES=("${@:-10000 100000}")
[[ $# -eq 0 ]] && SIZES=(10000 100000)
build
GW_PORT=${GW_PORT:-$(free_port)}
start_simulator --simulator.paygov.notify-url="http://localhost:$GW_PORT/paygov/notify" --simulator.paygov.resend-delay=5s
start_gateway --gateway.systems.paygov.base-url="$SIM/sim/paygov" --gateway.systems.paygov.secret=paygov-simulator-secret \
  --gateway.payments.reconciliation.scheduled=false
curl -sf -X POST "$SIM/sim/dvcqg/_admin/outage?seconds=86400" >/dev/null

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
metric() { curl -sf -u "$BENCH_AUTH" "$GW/actuator/prometheus" | awk -v m="$1" 'index($0, m) == 1 { s += $NF } END { printf "%d\n", s }'; }
relayed() { echo $(( $(metric 'lienthong_payments_relayed_total{application="lienthong-gateway",outcome="relayed"') \
                   + $(metric 'lienthong_payments_relayed_total{application="lienthong-gateway",outcome="duplicate"') )); }

reconcile() { # day -> prints "seconds run-json"
  local t0 id state
  t0=$(now)
  id=$(curl -sf -u "$BENCH_AUTH" -X POST -H 'X-Requested-By: bench' "$GW/api/payments/reconciliations?day=$1" | json 'd["id"]')
  while :; do
    state=$(curl -sf -u "$BENCH_AUTH" "$GW/api/payments/reconciliations/$id" | json 'd["state"]')
    [[ $state != running ]] && break
    sleep 0.2
  done
  echo "$(echo "$(now) - $t0" | bc) $(curl -sf -u "$BENCH_AUTH" "$GW/api/payments/reconciliations/$id")"
}

offset=30
for N in "${SIZES[@]}"; do
  day=$(date -d "-$offset days" +%F); offset=$((offset + 1))
  while (( $(curl -sf "$SIM/sim/paygov/_admin/unpaid" | json 'd["unpaid"]') < N + 10 )); do generate 10000; done
  before=$(relayed)
  notify=$(( N <= ${NOTIFY_UP_TO:-10000} ? 1 : 0 ))
  log "day $day: $N payments ($([[ $notify == 1 ]] && echo "notified to the gateway" || echo "told to the province directly"))"
  t0=$(now)
  lost=$(curl -sf -X POST "$SIM/sim/paygov/_admin/day?date=$day&payments=$N&notify=$([[ $notify == 1 ]] && echo true || echo false)" \
    | json 'd["lost"]')
  deadline=$((SECONDS + ${TIMEOUT:-1800}))
  until (( notify == 0 || $(relayed) - before >= N - lost )); do
    (( SECONDS < deadline )) || { log "timeout: $(( $(relayed) - before )) of $((N - lost)) relayed"; exit 1; }
    sleep 0.5
  done
  (( notify == 0 )) || printf 'NOTIFY+RELAY %d notifications (%d lost) stored and confirmed to the province in %.1f s\n' \
    "$((N - lost))" "$lost" "$(echo "$(now) - $t0" | bc)"
  for kind in AMOUNT_DIFFERS REFUND_NOT_REFLECTED BAD_CHECKSUM PAID_WITHOUT_PAYGOV; do
    curl -sf -X POST "$SIM/sim/paygov/_admin/discrepancy?kind=$kind&date=$day" >/dev/null
  done
  for pass in first second; do
    before=$(relayed)
    read -r seconds run < <(reconcile "$day")
    printf 'RECONCILE %d payments (%s run) in %.2f s: %s\n' "$N" "$pass" "$seconds" \
      "$(echo "$run" | json '", ".join(f"{k} {d[k]}" for k in ["state","paygovRows","provincialRows","agreed","confirmed","amountMismatch","refundNotReflected","badChecksum","paidWithoutPaygov","statusMismatch"])')"
    if [[ $pass == first ]]; then
      t0=$(now)
      until (( $(relayed) - before >= lost )); do (( SECONDS < deadline )) || { log "timeout"; exit 1; }; sleep 0.2; done
      printf '    the %d lost payments confirmed to the province within %.1f s after the run\n' "$lost" "$(echo "$(now) - $t0" | bc)"
    fi
  done
  echo "    load average $(loadavg); gateway RSS $(rss_mb "$GW_PID") MB"
done
