#!/usr/bin/env bash
# Start-up time and memory: the gateway starts once on an empty data folder (cold: initdb, Flyway, a new broker
# journal), is stopped, and started again on the same folder (warm); both timed from launch to
# /actuator/health/readiness UP. Then N dossiers go through and the RSS after that load is printed.
#   bench/warm-start.sh [N=20000]      env: KEEP_LOGS=1, GW_JAVA_OPTS=-XX:NativeMemoryTracking=summary (where the RSS goes)
source "$(dirname "$0")/lib.sh"
N=${1:-20000}
build
start_simulator
start_gateway
COLD=$GW_START_S
stop_gateway
start_gateway
WARM=$GW_START_S
printf 'START cold (empty data folder) %.1f s, warm (same folder) %.1f s to readiness UP; RSS at ready %d MB\n' \
  "$COLD" "$WARM" "$(rss_mb "$GW_PID")"
generate "$N"
deadline=$((SECONDS + 1200))
while :; do
  read -r pulled delivered superseded failed < <(counts)
  (( delivered + superseded + failed >= N )) && break
  (( SECONDS < deadline )) || { log "timeout"; exit 1; }
  sleep 0.5
done
echo "RSS after $N dossiers: $(rss_mb "$GW_PID") MB (-Xmx${GW_XMX:-256m}); heap in use: $(
  curl -sf -u "$BENCH_AUTH" "$GW/actuator/prometheus" | awk '/^jvm_memory_used_bytes\{.*area="heap"/ { h += $NF } END { printf "%d MB", h / 1048576 }')"
if [[ "${GW_JAVA_OPTS:-}" == *NativeMemoryTracking* ]]; then
  echo "Native memory (committed, MB), with GW_JAVA_OPTS=$GW_JAVA_OPTS:"
  jcmd "$GW_PID" VM.native_memory summary scale=MB | awk '
    /^(Total|-)/ && /committed=/ { name = $0; sub(/^-? */, "", name); sub(/ *\(.*/, "", name); sub(/:.*/, "", name)
                                   match($0, /committed=[0-9]+/); print substr($0, RSTART + 10, RLENGTH - 10), name }' \
    | sort -rn | head -10 | sed 's/^/    /'
fi
