#!/usr/bin/env bash
# Times the uncached article page's database reads with BenchmarkDotNet, without HTTP and Razor: the app is hosted in
# the benchmark's process on a fresh demo database (SQLite; PostgreSQL too when DATELINE_TEST_POSTGRES is set).
# Usage: bench/data.sh                  (any arguments go to BenchmarkDotNet instead of --filter '*')
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/bench/out/data"
args=("$@")
if ((${#args[@]} == 0)); then
  args=(--filter '*')
fi

rm -rf "$out"
mkdir -p "$out"
postgres="off (DATELINE_TEST_POSTGRES unset)"
if [[ -n "${DATELINE_TEST_POSTGRES:-}" ]]; then
  postgres="on"
fi
echo "data: load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; PostgreSQL $postgres"
echo "data: BenchmarkDotNet log in $out/run.log"
status=0
dotnet run -c Release --project "$repo/bench/Dateline.Benchmarks" -- --artifacts "$out" "${args[@]}" >"$out/run.log" 2>&1 || status=$?

grep '^// \(Sqlite\|Postgres\):' "$out/run.log" | sort -u || true
awk '/^\/\/ \* Summary \*/ { p = 1 } /^\/\/ \* Diagnostic Output/ { p = 0 } p' "$out/run.log"
grep '^Global total time' "$out/run.log" || true
if ((status != 0)); then
  echo "data: a benchmark failed (exit $status); the first error in $out/run.log:"
  grep -m1 -A4 -E 'Exception|error' "$out/run.log" || tail -n 20 "$out/run.log"
  exit "$status"
fi
