#!/usr/bin/env bash
# Look-ups per second each national connector sustains against its simulator, and latency at the rate limit.
# Usage: bench/lookups.sh [DOSSIERS=3000] [CALLS=3000] [REFRESH_PERIOD_MS=125]
source "$(dirname "$0")/lib.sh"
N=${1:-3000}
CALLS=${2:-3000}
PERIOD=${3:-125}
build
# the simulator's population allowance is lifted so the connector's own limit is what is measured
SIM_EXTRA="--simulator.population.allowance-per-second=1000000"
SIM_PORT=${SIM_PORT:-$(free_port)}
SIM="http://localhost:$SIM_PORT"
java -Xmx${SIM_XMX:-1g} -Dsun.net.httpserver.nodelay=true -cp "$JAR" \
  -Dloader.main=vn.lienthong.simulator.SimulatorApplication org.springframework.boot.loader.launch.PropertiesLauncher \
  --server.port="$SIM_PORT" --simulator.provincial.initial-dossiers=0 --simulator.provincial.changes-per-second=0 \
  $SIM_EXTRA >"$WORK/simulator.log" 2>&1 &
SIM_PID=$!; PIDS+=("$SIM_PID")
wait_http "$SIM/sim/dvcqg/_admin/size" 120
log "simulator up on $SIM; load average $(loadavg)"
raw_bench LookupBench "$SIM" "$N" "$CALLS" "$PERIOD"
log "load average $(loadavg)"
