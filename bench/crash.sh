#!/usr/bin/env bash
# Crash safety: kill -9 a process in the middle of publishing stories (hero image stored, then article + ArticleEvents
# row saved through ArticlePublishing in one transaction), KILLS times, and after each kill check that every
# acknowledged story is there whole, nothing half-written is visible, and the database passes integrity_check.
# Usage: bench/crash.sh     (KILLS=20 may be overridden)
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
kills="${KILLS:-20}"
work="$(mktemp -d /tmp/dateline-crash.XXXXXX)"
writer_pid=""
# The writer runs in its own process group (setsid) and the kill goes to the whole group: `dotnet run` starts the
# program as a child process, and killing only the `dotnet run` wrapper would leave the real writer running on.
trap '[[ -n "$writer_pid" ]] && kill -9 -- "-$writer_pid" 2>/dev/null; rm -rf "$work"' EXIT INT TERM

echo "crash: load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
dotnet build "$repo/bench/crash/writer.cs" -c Release -v quiet >/dev/null
run() { dotnet run --no-build -c Release "$repo/bench/crash/writer.cs" -- "$@"; }

survived=0
for i in $(seq 1 "$kills"); do
  : >"$work/run.log"
  setsid dotnet run --no-build -c Release "$repo/bench/crash/writer.cs" -- write "$work/data" >"$work/run.log" 2>&1 &
  writer_pid=$!
  # Wait for the first acknowledged publish of this run, then let it write for a random while before the kill.
  for _ in $(seq 1 600); do
    grep -q '^ack ' "$work/run.log" && break
    kill -0 "$writer_pid" 2>/dev/null || { echo "crash: the writer died on its own:"; cat "$work/run.log"; exit 1; }
    sleep 0.1
  done
  sleep "$(awk -v s="$RANDOM" 'BEGIN { srand(s); printf "%.2f", rand() * 1.5 }')"
  kill -9 -- "-$writer_pid"
  wait "$writer_pid" 2>/dev/null || true
  while kill -0 -- "-$writer_pid" 2>/dev/null; do sleep 0.05; done
  writer_pid=""
  cat "$work/run.log" >>"$work/acks.log"
  if run verify "$work/data" "$work/acks.log"; then
    survived=$((survived + 1))
  else
    echo "crash: kill $i lost or broke data"
  fi
done
echo "crash: $survived of $kills kills survived with nothing lost ($(grep -c '^ack ' "$work/acks.log") acknowledged publishes in all)"
[[ "$survived" == "$kills" ]]
