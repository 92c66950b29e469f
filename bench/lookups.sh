#!/usr/bin/env bash
# Look-ups per second each national connector sustains against its simulator, and latency at the rate limit.
# Usage: bench/lookups.sh [DOSSIERS=3000] [CALLS=3000] [REFRESH_PERIOD_MS=125]
source "$(dirname "$0")/lib.sh"
N=${1:-3000}
CALLS=${2:-3000}
PERIOD=${3:-125}
build
# the simulator's population allowance is lifted so the connector's own limit is what is measured
SIM_XMX=${SIM_XMX:-1g} start_simulator --simulator.population.allowance-per-second=1000000
log "load average $(loadavg)"
raw_bench LookupBench "$SIM" "$N" "$CALLS" "$PERIOD"
log "load average $(loadavg)"
