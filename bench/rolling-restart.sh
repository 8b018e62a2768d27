#!/usr/bin/env bash
# Graceful shutdown: two nodes (published build, one SQLite database and media folder) behind a retrying client
# (bench/load.cs with both addresses, uncached renders at RATE/s); node A gets SIGTERM, is started again, then node B
# the same. A request reaching a node that has stopped listening is retried on the other, as a balancer does; a
# request in flight on a stopping node must finish. Target: every request answered 200.
# Usage: bench/rolling-restart.sh     (RATE=40 SECONDS_TOTAL=45 may be overridden)
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/bench/out"
rate="${RATE:-40}"
seconds="${SECONDS_TOTAL:-45}"
work="$(mktemp -d /tmp/dateline-rolling.XXXXXX)"
declare -A pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

echo "rolling: load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
dotnet publish "$repo/src/Dateline.Web" -c Release -o "$out" --nologo -v quiet >/dev/null
dotnet build "$repo/bench/load.cs" -c Release -v quiet >/dev/null 2>&1 || true

start_node() {
  local name="$1" port="$2"
  (cd "$out" && exec env ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    Logging__LogLevel__Microsoft.Hosting.Lifetime=Information \
    Dateline__DataPath="$work/data" Dateline__SeedDemoContent=true Weather__BackgroundRefresh=false Caching__OutputCache=false \
    "$out/Dateline.Web" --urls "http://127.0.0.1:$port" >>"$work/$name.log" 2>&1) &
  pids[$name]=$!
  for _ in $(seq 1 240); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/healthz/ready")" == 200 ]] && return 0
    sleep 0.5
  done
  echo "rolling: node $name did not become ready" >&2
  cat "$work/$name.log" >&2
  exit 1
}

restart_node() {
  local name="$1" port="$2" started
  started=$(date +%s.%N)
  kill -TERM "${pids[$name]}"
  wait "${pids[$name]}" || true
  echo "rolling: node $name stopped $(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }') s after SIGTERM"
  start_node "$name" "$port"
  echo "rolling: node $name ready again"
}

start_node a 5084
start_node b 5085
curl -s http://127.0.0.1:5084/en >"$work/home.html"
article="$(grep -m1 -o '/en/article/[0-9]*/[^"]*' "$work/home.html")"
dotnet run --no-build -c Release "$repo/bench/load.cs" -- "http://127.0.0.1:5084$article,http://127.0.0.1:5085$article" "$rate" "$seconds" >"$work/load.txt" &
load=$!
sleep 5
restart_node a 5084
sleep 3
restart_node b 5085
wait "$load"
echo "rolling: $(cat "$work/load.txt")"
grep -h "shutting down\|stopped" "$work"/a.log "$work"/b.log | head -4 || true
