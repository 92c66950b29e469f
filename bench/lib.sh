# Shared by the bench scripts: build, start/stop the simulator and gateway JVMs, read metrics.
# Source it from a script in bench/; it cd's to the project root (the gateway reads ./config and ./routes).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
JAR=target/lienthong-gateway.jar
WORK="$(mktemp -d /tmp/lienthong-bench.XXXXXX)"   # data folder and logs of this run, removed at exit
chmod 755 "$WORK"                                 # embedded PostgreSQL runs as nobody when we are root
PIDS=()

log() { echo "[$(date +%T)] $*" >&2; }

cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [[ "${KEEP_LOGS:-0}" == 1 ]]; then
    find "$WORK" -mindepth 1 -maxdepth 1 ! -name '*.log' ! -name '*.txt' -exec rm -rf {} +
    log "logs kept in $WORK"
  else
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# Builds the jar when it is missing or older than the sources, the bench classes when older than theirs, and
# the test classpath for the raw benches.
build() {
  if [[ ! -f $JAR ]] || [[ -n "$(find src/main pom.xml -newer $JAR -type f -print -quit)" ]]; then
    log "building $JAR"
    mvn -q -B package -DskipTests
    touch $JAR   # repackaging an unchanged jar keeps its old time
  fi
  # bin/gateway's class-data-sharing archive, made here so that no timed start includes its training start
  LIENTHONG_JAR=$JAR bin/gateway --prepare
  local bench_class=target/test-classes/vn/lienthong/bench/BenchSupport.class
  if [[ ! -f $bench_class ]] || [[ -n "$(find src/test -newer $bench_class -type f -print -quit)" ]]; then
    mvn -q -B test-compile && touch $bench_class
  fi
  if [[ ! -f target/cp.txt ]] || [[ pom.xml -nt target/cp.txt ]]; then
    mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/cp.txt >/dev/null
  fi
}

# A raw bench main of src/test/java/vn/lienthong/bench with the test classpath.
raw_bench() {
  local cls=$1; shift
  java -Xmx${RAW_XMX:-2g} -Dlogback.configurationFile=bench/logback-bench.xml \
    -cp "target/test-classes:target/classes:$(cat target/cp.txt)" "vn.lienthong.bench.$cls" "$@" 2>>"$WORK/raw.log"
}

wait_http() { # url timeout-seconds
  local deadline=$((SECONDS + $2))
  until curl -sf -o /dev/null "$1"; do
    (( SECONDS < deadline )) || { log "no answer from $1 after $2 s"; return 1; }
    sleep 0.5
  done
}

# start_simulator [extra simulator args...]: the simulators' own application (SimulatorApplication, beside the
# gateway's main in the jar; it reads config/simulator.yaml), from empty systems, on $SIM_PORT or a free port.
start_simulator() {
  SIM_PORT=${SIM_PORT:-$(free_port)}
  SIM="http://localhost:$SIM_PORT"
  java -Xmx${SIM_XMX:-3g} -Dsun.net.httpserver.nodelay=true ${SIM_JAVA_OPTS:-} -cp "${SIM_JAR:-$JAR}" \
    -Dloader.main=vn.lienthong.simulator.SimulatorApplication org.springframework.boot.loader.launch.PropertiesLauncher \
    --server.port="$SIM_PORT" --simulator.provincial.initial-dossiers=0 --simulator.provincial.changes-per-second=0 \
    --simulator.paygov.payments-per-second=0 "$@" >"$WORK/simulator.log" 2>&1 &
  SIM_PID=$!; PIDS+=("$SIM_PID")
  wait_http "$SIM/sim/dvcqg/_admin/size" 120
  log "simulator up on $SIM (pid $SIM_PID)"
}

# The bench-only user (an operator, passed on the command line): reads /actuator/prometheus, starts runs.
BENCH_AUTH="bench:bench-scraper"
BENCH_USER_HASH='$2a$10$YaVf6555XqfPhzbrZGDbveFeHAOj0EEL4bRm3tLf6epLzqAxpgEd6'  # bench-scraper, bcrypt cost 10 (the gateway refuses less)

# start_gateway [extra args...]: the gateway jar alone (no profile) against the simulator, data in $WORK/data.
start_gateway() {
  GW_PORT=${GW_PORT:-$(free_port)}
  GW="http://localhost:$GW_PORT"
  local t0=$(date +%s.%N)
  JAVA_OPTS="-Xmx${GW_XMX:-256m} ${GW_JAVA_OPTS:--XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=128m -Xss512k}" \
    LIENTHONG_JAR=$JAR bin/gateway \
    --server.port="$GW_PORT" --gateway.data-dir="$WORK/data" \
    --gateway.systems.provincial.base-url="$SIM/sim/provincial" \
    --gateway.systems.provincial.client-id=lienthong --gateway.systems.provincial.client-secret=lienthong-secret \
    --gateway.systems.dvcqg.base-url="$SIM/sim/dvcqg" \
    --gateway.systems.dvcqg.username=lienthong --gateway.systems.dvcqg.password=lienthong-secret \
    --gateway.security.users.bench.password-hash="$BENCH_USER_HASH" --gateway.security.users.bench.role=operator \
    "$@" >>"$WORK/gateway.log" 2>&1 &
  GW_PID=$!; PIDS+=("$GW_PID")
  wait_ready "${READY_TIMEOUT:-180}"
  GW_START_S=$(echo "$(date +%s.%N) - $t0" | bc)
  log "gateway ready on $GW (pid $GW_PID) after ${GW_START_S} s"
}

wait_ready() {
  local deadline=$((SECONDS + $1))
  until curl -sf "$GW/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$GW_PID" 2>/dev/null || { log "gateway exited; see $WORK/gateway.log"; tail -30 "$WORK/gateway.log" >&2; return 1; }
    (( SECONDS < deadline )) || { log "gateway not ready after $1 s"; return 1; }
    sleep 0.5
  done
}

stop_gateway() {
  kill "$GW_PID"; wait "$GW_PID" 2>/dev/null || true
  PIDS=("${PIDS[@]/$GW_PID}")
}

# Prints "pulled delivered superseded failed" (failed without stage=progress: a refused step leaves its
# dossier delivered) from the gateway's /actuator/prometheus.
counts() {
  curl -sf -u "$BENCH_AUTH" "$GW/actuator/prometheus" | awk '
    /^lienthong_dossiers_pulled_total/     { p += $NF }
    /^lienthong_dossiers_delivered_total/  { d += $NF }
    /^lienthong_dossiers_superseded_total/ { s += $NF }
    /^lienthong_dossiers_failed_total/ && !/stage="progress"/ { f += $NF }
    END { printf "%d %d %d %d\n", p, d, s, f }'
}

generate() { # n: new dossiers in the provincial simulator, in slices of 10,000
  local n=$1 done=0 step
  while (( done < n )); do
    step=$(( n - done < 10000 ? n - done : 10000 ))
    curl -sf -X POST "$SIM/sim/provincial/_admin/generate?n=$step" >/dev/null
    done=$((done + step))
  done
}

rss_mb() { echo $(( $(ps -o rss= -p "$1") / 1024 )); }

now() { date +%s.%N; }

# CPU seconds (user+system) a process has used so far: contention-proof cost next to wall-clock rates.
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f\n", ($14 + $15) / hz }' "/proc/$1/stat"; }

# The other load on this machine: benchmarks share 2 cores with whatever else runs.
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

# SQL on the gateway's embedded PostgreSQL (its port is line 4 of postmaster.pid; its password in the data folder).
sql() { PGPASSWORD="$(cat "$WORK/data/postgres.password")" psql -h localhost -p "$(sed -n 4p "$WORK/data/postgres/postmaster.pid")" -U postgres -d postgres -tAc "$1"; }
