#!/usr/bin/env bash
# Renditions of a 12-megapixel JPEG (issue 12: every srcset width as WebP and JPEG in under 2 s wall time on 2 cores,
# peak memory under 300 MB; AVIF reported separately). Generates the photo (bench/renditions.cs generate), then runs
# the app's own RenditionStore.MakeSetAsync under /usr/bin/time -v: once for WebP + JPEG, once for AVIF alone, each in
# a fresh process, ROUNDS times (default 3). The runner prints the wall time of the rendition call itself and its
# peak RSS; time -v adds the whole process's (startup and JIT included). Record the load average with the figures.
# Usage: bench/renditions.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build bench/renditions.cs -v q -nologo >/dev/null
run() { dotnet run --no-build bench/renditions.cs -- "$@"; }

run generate "$work/photo.jpg"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
for formats in webp,jpg avif; do
  for _ in $(seq "$rounds"); do
    /usr/bin/time -v -o "$work/time.txt" dotnet run --no-build bench/renditions.cs -- run "$work/photo.jpg" "$formats"
    awk -F': ' '/Elapsed \(wall clock\)/ { wall = $2 } /Maximum resident set size/ { rss = $2 }
      END { printf "  whole process: wall %s, max RSS %.0f MiB\n", wall, rss / 1024 }' "$work/time.txt"
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
