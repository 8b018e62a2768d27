# Sourced by the bench scripts. A fresh data folder means the demo's images are still being cut into renditions in
# the background (a minute or so of NetVips work on this machine); measuring then would time that job, not the page.
# wait_idle PID: returns once the process uses under 5% of one core over two seconds (0), or after ten minutes (1).
wait_idle() {
  local pid="$1" ticks started before after
  ticks="$(getconf CLK_TCK)"
  started=$SECONDS
  while ((SECONDS - started < 600)); do
    before="$(awk '{ print $14 + $15 }' "/proc/$pid/stat")"
    sleep 2
    after="$(awk '{ print $14 + $15 }' "/proc/$pid/stat")"
    if (((after - before) * 100 < 2 * ticks * 5)); then
      return 0
    fi
  done
  return 1
}
