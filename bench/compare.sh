#!/usr/bin/env bash
# Interleaved A/B throughput of two published builds (or one build under two settings) on the uncached article:
# both apps run side by side on copies of one demo database, and wrk alternates between them round by round, so
# the machine's drift and noise fall on both alike. Prints each round, the B/A ratio of the totals and the median
# of the per-round ratios.
# Usage: bench/compare.sh <published-folder-A> <published-folder-B>
#   AENV / BENV: extra environment for A / B ("DOTNET_gcServer=0 Caching__OutputCache=true", space-separated)
#   ROUNDS=4 DURATION=5s CONNECTIONS=32 ARTICLE_PATH=/en/article/1/...
# Make the folders with e.g. `dotnet publish src/Dateline.Web -c Release -o /tmp/a` on each commit to compare.
set -euo pipefail

a_dir="$(cd "$1" && pwd)"
b_dir="$(cd "$2" && pwd)"
rounds="${ROUNDS:-4}"
duration="${DURATION:-5s}"
connections="${CONNECTIONS:-32}"
article_path="${ARTICLE_PATH:-/en/article/1/lavrov-to-blinken-russia-needs-security-guarantees-on-borders}"
a_port=5087
b_port=5088
work="$(mktemp -d /tmp/dateline-compare.XXXXXX)"
pids=()

cleanup() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

start() {
  local dir="$1" port="$2" data="$3" extra="$4"
  # shellcheck disable=SC2086 # extra is a space-separated list of NAME=value settings
  (cd "$dir" && exec env $extra ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    Dateline__DataPath="$data" Caching__OutputCache=false \
    "$dir/Dateline.Web" --urls "http://127.0.0.1:$port" >>"$work/app-$port.log" 2>&1) &
  pids+=($!)
  for _ in $(seq 1 120); do
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$article_path")" == 200 ]]; then
      return 0
    fi
    sleep 0.5
  done
  echo "compare: the app in $dir did not answer on $port; its log:" >&2
  cat "$work/app-$port.log" >&2
  exit 1
}

# shellcheck source=bench/idle.sh
source "$(dirname "$0")/idle.sh"

rps() {
  wrk -t2 -c"$connections" -d"$1" -H 'Accept-Encoding: gzip' "$2" | awk '/Requests\/sec/ { print $2 }'
}

# A seeds the demo database and cuts its image renditions once; B gets a copy, so both read the same data.
start "$a_dir" "$a_port" "$work/a" "${AENV:-}"
wait_idle "${pids[0]}" || echo "compare: an app stayed busy for 10 minutes; carrying on" >&2
kill "${pids[0]}"
wait "${pids[0]}" 2>/dev/null || true
pids=()
cp -r "$work/a" "$work/b"
start "$a_dir" "$a_port" "$work/a" "${AENV:-}"
start "$b_dir" "$b_port" "$work/b" "${BENV:-}"
wait_idle "${pids[0]}" || echo "compare: an app stayed busy for 10 minutes; carrying on" >&2
wait_idle "${pids[1]}" || echo "compare: an app stayed busy for 10 minutes; carrying on" >&2

a_url="http://127.0.0.1:$a_port$article_path"
b_url="http://127.0.0.1:$b_port$article_path"
# Warm-up alternates and is long: after 10 s each, one after the other, A ran at 0.58-0.67 of B in the first measured
# round, and after 2 x 5 s each, alternately, still a fifth below B with the same build on both sides.
echo "compare: load average $(cut -d' ' -f1-3 /proc/loadavg); warming both, alternately, for 4 x 5 s each"
for _ in 1 2 3 4; do
  rps 5s "$a_url" >/dev/null
  rps 5s "$b_url" >/dev/null
done
a_total=0
b_total=0
ratios=()
for round in $(seq 1 "$rounds"); do
  # Odd rounds measure A first, even rounds B first, so neither build always follows the other.
  if ((round % 2)); then
    a="$(rps "$duration" "$a_url")"
    b="$(rps "$duration" "$b_url")"
  else
    b="$(rps "$duration" "$b_url")"
    a="$(rps "$duration" "$a_url")"
  fi
  echo "round $round: A $a req/s, B $b req/s (load $(cut -d' ' -f1 /proc/loadavg))"
  ratios+=("$(awk -v a="$a" -v b="$b" 'BEGIN { print (a > 0 ? b / a : 0) }')")
  a_total="$(awk -v t="$a_total" -v x="$a" 'BEGIN { print t + x }')"
  b_total="$(awk -v t="$b_total" -v x="$b" 'BEGIN { print t + x }')"
done
awk -v a="$a_total" -v b="$b_total" 'BEGIN { printf "B/A = %.3f (totals)\n", (a > 0 ? b / a : 0) }'
printf '%s\n' "${ratios[@]}" | sort -g | awk '{ r[NR] = $1 } END { m = NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2; printf "B/A = %.3f (median of the rounds, from %.3f to %.3f)\n", m, r[1], r[NR] }'
