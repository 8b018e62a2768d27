#!/usr/bin/env bash
# Where the CPU goes on the uncached article page: runs the published app with the output cache off, loads the seed
# article with wrk, samples the app with `perf record -e cpu-clock` (a software clock, so it works in VMs without
# hardware counters), and prints the share of CPU per library (managed code, SQLite, the runtime, libc, the kernel…)
# and the top symbols. Managed frames are named through the runtime's perf map (DOTNET_PerfMapEnabled=1, with
# W^X off so JIT code is not double-mapped where perf cannot name it).
# Usage: bench/profile.sh      (ARTICLE_PATH, CONNECTIONS=16, SECONDS_SAMPLED=10, TOP=25 symbols may be overridden)
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/bench/out"
port=5086
connections="${CONNECTIONS:-16}"
sampled="${SECONDS_SAMPLED:-10}"
article_path="${ARTICLE_PATH:-/en/article/1/lavrov-to-blinken-russia-needs-security-guarantees-on-borders}"
work="$(mktemp -d /tmp/dateline-profile.XXXXXX)"
app_pid=""

cleanup() {
  if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
  fi
  rm -rf "$work" "/tmp/perf-$app_pid.map"
}
trap cleanup EXIT INT TERM

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v perf >/dev/null || need+=(linux-perf)
command -v curl >/dev/null || need+=(curl)
if ((${#need[@]} > 0)); then
  echo "profile: installing ${need[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

echo "profile: load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "profile: publishing Release build to bench/out"
dotnet publish "$repo/src/Dateline.Web" -c Release -o "$out" --nologo -v quiet >/dev/null

(cd "$out" && exec env DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  Dateline__DataPath="$work/data" Caching__OutputCache=false \
  "$out/Dateline.Web" --urls "http://127.0.0.1:$port" >>"$work/app.log" 2>&1) &
app_pid=$!
url="http://127.0.0.1:$port$article_path"
for _ in $(seq 1 120); do
  if [[ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" == 200 ]]; then
    break
  fi
  if ! kill -0 "$app_pid" 2>/dev/null; then
    cat "$work/app.log" >&2
    exit 1
  fi
  sleep 0.5
done

# shellcheck source=bench/idle.sh
source "$repo/bench/idle.sh"
wait_idle "$app_pid" || echo "$(basename "$0" .sh): the app stayed busy for 10 minutes; carrying on" >&2

# Warm long enough for tiered JIT to finish: JIT time would otherwise show up as its own library.
wrk -t2 -c"$connections" -d20s -H 'Accept-Encoding: gzip' "$url" >/dev/null
wrk -t2 -c"$connections" -d"$((sampled + 4))s" -H 'Accept-Encoding: gzip' "$url" >"$work/wrk.txt" &
wrk_pid=$!
sleep 2
perf record -q -F 499 -e cpu-clock -g -p "$app_pid" -o "$work/perf.data" -- sleep "$sampled" 2>/dev/null
wait "$wrk_pid"

echo "profile: $(awk '/Requests\/sec/ { print $2 }' "$work/wrk.txt") req/s with wrk -c$connections while sampling"
echo "profile: CPU of the app by library (perf-<pid>.map is JIT-compiled managed code)"
perf report -i "$work/perf.data" --no-children --sort dso --stdio -g none 2>/dev/null | grep -vE '^(#|$)' | head -12
echo "profile: top symbols"
perf report -i "$work/perf.data" --no-children --sort dso,sym --stdio -g none 2>/dev/null | grep -vE "^(#|$)" | head -${TOP:-25}
