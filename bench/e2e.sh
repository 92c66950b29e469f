#!/usr/bin/env bash
# End-to-end throughput: simulator JVM + gateway JVM (the jar alone, -Xmx256m through bin/gateway, embedded persistent broker and
# PostgreSQL in a fresh data folder under /tmp), N dossiers generated into the provincial simulator, timed
# from the first delivered dossier to all N settled; then the raw-limit benches and the ratio e2e/min(raw).
#   bench/e2e.sh [N=100000] [WARMUP=0]
#   WARMUP dossiers go first, untimed, so that the N are timed on a JIT-warm gateway (on 2 cores the JIT takes
#   a core for the first 2-3 minutes); the timed window then runs from WARMUP settled to WARMUP + N settled.
#   env: SKIP_RAW=1 (no raw benches), PROFILE=1 (jstack samples of the gateway), KEEP_LOGS=1, TIMEOUT=1200
source "$(dirname "$0")/lib.sh"
N=${1:-100000}
WARMUP=${2:-0}
build
start_simulator
# generated before the gateway starts, so that the simulator's generator (about 1,000 dossiers/s, CPU-bound)
# does not compete with the gateway for the 2 cores while it is timed
log "generating $((WARMUP + N)) dossiers into the provincial simulator"
t_gen=$(now)
generate "$((WARMUP + N))"
log "generated in $(echo "$(now) - $t_gen" | bc) s"
t_gen=$(now)
# The reconciliation schedules are off (an hourly run over today would land in the timed window), and so are the
# look-ups: they have their own bench (lookups.sh), and the population database's allowance (50 calls a second)
# caps them far below this rate by design; they never hold a dossier's sync back. GW_ARGS: more gateway flags.
start_gateway --gateway.reconciliation.schedules[0].cron=- --gateway.lookups.enabled=false ${GW_ARGS:-}

first="" ; d_first=0 ; last_log=$SECONDS ; samples=0
deadline=$((SECONDS + ${TIMEOUT:-1200}))
while :; do
  read -r pulled delivered superseded failed < <(counts)
  settled=$((delivered + superseded + failed))
  if [[ -z $first ]] && (( (WARMUP == 0 && delivered > 0) || (WARMUP > 0 && settled >= WARMUP) )); then
    first=$(now); d_first=$settled; gw_cpu0=$(cpu_s "$GW_PID"); sim_cpu0=$(cpu_s "$SIM_PID"); load0=$(loadavg)
    python3 bench/threadcpu.py snapshot "$GW_PID" "$WORK/threads0.json"
  fi
  (( settled >= WARMUP + N )) && break
  kill -0 "$GW_PID" || { log "gateway died"; exit 1; }
  (( SECONDS < deadline )) || { log "timeout: pulled $pulled settled $settled of $((WARMUP + N))"; exit 1; }
  if (( SECONDS - last_log >= 10 )); then
    log "pulled $pulled delivered $delivered superseded $superseded failed $failed (rss $(rss_mb "$GW_PID") MB)"
    last_log=$SECONDS
  fi
  if [[ "${PROFILE:-0}" == 1 && -n $first ]] && (( samples < 40 )); then
    jstack "$GW_PID" >>"$WORK/jstack.txt" 2>/dev/null && samples=$((samples + 1))
  fi
  sleep 0.5
done
end=$(now)
python3 bench/threadcpu.py snapshot "$GW_PID" "$WORK/threads1.json"
gw_cpu=$(echo "$(cpu_s "$GW_PID") - $gw_cpu0" | bc); sim_cpu=$(echo "$(cpu_s "$SIM_PID") - $sim_cpu0" | bc)
E2E_S=$(echo "$end - $first" | bc)
E2E_RATE=$(echo "$N / $E2E_S" | bc)
printf 'E2E %d dossiers in %.1f s = %d/s%s\n' "$N" "$E2E_S" "$E2E_RATE" "$( ((WARMUP)) && echo " (after $WARMUP warm-up dossiers)" || true)"
printf '    (gateway start to all settled: %.1f s; %d already settled when the timed window opened)\n' \
  "$(echo "$end - $t_gen" | bc)" "$d_first"
echo "    pulled $pulled delivered $delivered superseded $superseded failed $failed (delivered+superseded+failed = $settled)"
printf '    CPU while timed: gateway %.1f s, simulator %.1f s, of %.1f s x %d cores (%.2f / %.2f ms per dossier)\n' \
  "$gw_cpu" "$sim_cpu" "$E2E_S" "$(nproc)" "$(echo "$gw_cpu * 1000 / $N" | bc -l)" "$(echo "$sim_cpu * 1000 / $N" | bc -l)"
echo "    load average at start: $load0, at end: $(loadavg) (other processes on this machine skew wall-clock figures)"
echo "    gateway RSS after the load: $(rss_mb "$GW_PID") MB (-Xmx${GW_XMX:-256m})"
# where the routes spent their time (Camel route policy timers)
curl -sf -u "$BENCH_AUTH" "$GW/actuator/prometheus" | grep -E '^camel_exchanges_(total|failed_total)|^camel_route_policy_seconds_(sum|count)' \
  | grep -E 'provincial-feed|dvcqg-delivery' | sed 's/^/    /' || true
python3 bench/threadcpu.py diff "$WORK/threads0.json" "$WORK/threads1.json"
[[ "${PROFILE:-0}" == 1 ]] && log "$samples jstack samples of the gateway in $WORK/jstack.txt (KEEP_LOGS=1 keeps them)"
stop_gateway

if [[ "${SKIP_RAW:-0}" != 1 ]]; then
  log "raw-limit benches (gateway stopped)"
  {
    raw_bench ArtemisRawBench "$N"
    raw_bench PostgresRawBench "$N"
    raw_bench FeedRawBench "$SIM" "$N"
    raw_bench PortalRawBench "$SIM" "$N"
  } | tee "$WORK/raw.txt"
  # the slowest per-dossier component (the portal-steps line counts handling steps, not dossiers)
  read -r MIN_RATE MIN_NAME < <(grep '^RAW' "$WORK/raw.txt" | grep -v '^RAW portal-steps' \
    | awk '{ r = $NF; sub(/\/s$/, "", r); print r, $2 }' | sort -n | head -1)
  printf 'RATIO e2e/min(raw) = %d / %d (%s) = %.2f\n' "$E2E_RATE" "$MIN_RATE" "$MIN_NAME" \
    "$(echo "$E2E_RATE / $MIN_RATE" | bc -l)"
fi
