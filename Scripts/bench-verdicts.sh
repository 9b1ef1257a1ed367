#!/usr/bin/env bash
# Runs `pipeline bench WORKLOAD --quick --format json` RUNS times for each workload and counts
# the verdicts, to check the fitter calls steps and models O(n), quadratic O(n²) and params O(1).
# Each line also gives the median and largest wall ÷ CPU time of the runs (about 1 on a quiet
# machine; the verdicts are fitted on the thread's CPU time), and the load average is printed
# before and after, since other work on the machine decides how hard the check is.
# Usage: Scripts/bench-verdicts.sh [RUNS] [BINARY]; WORKLOADS="steps models" to choose,
# FULL=1 to measure the default plan instead of --quick, BUSY=2 to keep two `yes > /dev/null`
# processes running throughout (a busy machine; they are stopped when the script ends),
# SAVE=DIR to keep each run's JSON as DIR/WORKLOAD-seedN.json.
set -euo pipefail
runs=${1:-20}
binary=${2:-.build/release/pipeline}
[ -x "$binary" ] || { echo "bench-verdicts: build first (swift build -c release); $binary is missing" >&2; exit 2; }
[ -n "${SAVE:-}" ] && mkdir -p "$SAVE"
busy=()
stop_busy() { for pid in "${busy[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap stop_busy EXIT
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((b = 0; b < ${BUSY:-0}; b++)); do
  yes > /dev/null &
  busy+=("$!")
done
[ ${#busy[@]} -gt 0 ] && echo "busy: ${#busy[@]} × yes > /dev/null running (pids ${busy[*]})"
mode=(--quick)
[ -n "${FULL:-}" ] && mode=()
for workload in ${WORKLOADS:-steps models quadratic params}; do
  verdicts=() ratios=()
  for ((i = 1; i <= runs; i++)); do
    json=$("$binary" bench "$workload" "${mode[@]}" --seed "$i" --format json)
    [ -n "${SAVE:-}" ] && printf '%s\n' "$json" > "$SAVE/$workload-seed$i.json"
    line=$(printf '%s' "$json" | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["fit"]["class"] or "inconclusive", "|", r.get("wall_to_cpu") or "")')
    verdicts+=("${line% | *}")
    ratios+=("${line##* | }")
  done
  printf '%-10s ' "$workload"
  printf '%s\n' "${verdicts[@]}" | sort | uniq -c | sort -rn | awk '{n = $1; $1 = ""; sub(/^ /, ""); printf "%s×%s  ", $0, n} END {printf ""}'
  printf '%s\n' "${ratios[@]}" | python3 -c 'import statistics,sys; r=[float(x) for x in sys.stdin.read().split()]; print(f"(wall ÷ CPU time: median {statistics.median(r):.2f}, largest {max(r):.2f})" if r else "")'
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
