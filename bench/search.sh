#!/usr/bin/env bash
# Search at archive scale: generates a corpus (half Arabic, half English) into a scratch SQLite database with the
# `search corpus` verb, rebuilds the index with `search reindex` (throughput and size), then starts the site on it with
# the output cache off and measures query latency over bench/search-queries.txt and the article page's first and
# repeated uncached render, "More on this Topic" (topics + MoreLikeThis) included (bench/search-bench.cs), and wrk on
# one article page.
# Usage: bench/search.sh        (COUNT=100000 ROUNDS=5 ARTICLES=200; CORPUS=/path keeps and reuses a generated corpus;
#                                 REINDEX=0 with CORPUS reuses its index as the last run left it, for query figures only)
# The site runs with overload shedding off (Overload__Enabled=false): the queries go one at a time, and on a loaded
# machine the queue-delay limiter would answer 503 to a benchmark that measures latency, not shedding.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/bench/out"
port=5089
count="${COUNT:-100000}"
rounds="${ROUNDS:-5}"
articles="${ARTICLES:-200}"
corpus="${CORPUS:-$(mktemp -d /tmp/dateline-search.XXXXXX)}"
app_pid=""

stop_app() {
  if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
  fi
  app_pid=""
}
cleanup() {
  stop_app
  [[ -n "${CORPUS:-}" ]] || rm -rf "$corpus"
}
trap cleanup EXIT INT TERM

command -v wrk >/dev/null || { DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
  echo "search: something already listens on 127.0.0.1:$port; stop it first" >&2
  exit 1
fi

echo "search: load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
dotnet publish "$repo/src/Dateline.Web" -c Release -o "$out" --nologo -v quiet >/dev/null
dotnet build "$repo/bench/search-bench.cs" -c Release -v quiet >/dev/null 2>&1 || true

app_env=(ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning Dateline__DataPath="$corpus/data"
  Dateline__SeedDemoContent=false Weather__BackgroundRefresh=false)
app() {
  (cd "$out" && exec env "${app_env[@]}" "$@")
}

if [[ ! -f "$corpus/data/dateline.db" ]]; then
  started=$SECONDS
  app "$out/Dateline.Web" search corpus --count "$count" --scratch
  echo "search: generated $count stories in $((SECONDS - started)) s"
fi
echo "search: database $(du -sh "$corpus/data/dateline.db" | cut -f1)"
if [[ "${REINDEX:-1}" == 0 && -d "$corpus/data/search" ]]; then
  echo "search: index reused (REINDEX=0), $(du -sm "$corpus/data/search" | cut -f1) MiB"
else
  app "$out/Dateline.Web" search reindex | tail -1
fi

# Started here, not through app(): a function run in the background is a subshell of its own, so $! would be that
# subshell and stop_app would leave the site running.
(cd "$out" && exec env "${app_env[@]}" Caching__OutputCache=false Overload__Enabled=false Search__RateLimitPermits=100000 \
  "$out/Dateline.Web" --urls "http://127.0.0.1:$port") >"$corpus/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 600); do
  [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/healthz/ready")" == 200 ]] && break
  kill -0 "$app_pid" 2>/dev/null || { echo "search: the app did not start; its log:" >&2; cat "$corpus/app.log" >&2; exit 1; }
  sleep 0.5
done

dotnet run --no-build -c Release "$repo/bench/search-bench.cs" -- "http://127.0.0.1:$port" "$repo/bench/search-queries.txt" "$rounds" "$articles"

article="$(curl -s "http://127.0.0.1:$port/api/v1/search?edition=en&q=Sharjah" | grep -o '"url":"[^"]*"' | head -1 | cut -d'"' -f4)"
wrk -t2 -c8 -d5s "http://127.0.0.1:$port$article" >/dev/null
echo "search: uncached article page $article, wrk -t2 -c8 -d15s:"
wrk -t2 -c8 -d15s --latency "http://127.0.0.1:$port$article" | grep -E "Requests/sec|99%|50%"
