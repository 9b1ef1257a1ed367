#!/usr/bin/env bash
# Runs `pipeline bench WORKLOAD --quick --format json` RUNS times for each workload and counts
# the verdicts, to check the fitter calls steps and models O(n), quadratic O(n²) and params O(1).
# Usage: Scripts/bench-verdicts.sh [RUNS] [BINARY]; WORKLOADS="steps models" to choose,
# FULL=1 to measure the default plan instead of --quick, BUSY=2 to keep two `yes > /dev/null`
# processes running throughout (a busy machine; they are stopped when the script ends).
set -euo pipefail
runs=${1:-20}
binary=${2:-.build/release/pipeline}
[ -x "$binary" ] || { echo "bench-verdicts: build first (swift build -c release); $binary is missing" >&2; exit 2; }
busy=()
stop_busy() { for pid in "${busy[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap stop_busy EXIT
for ((b = 0; b < ${BUSY:-0}; b++)); do
  yes > /dev/null &
  busy+=("$!")
done
[ ${#busy[@]} -gt 0 ] && echo "busy: ${#busy[@]} × yes > /dev/null running (pids ${busy[*]})"
mode=(--quick)
[ -n "${FULL:-}" ] && mode=()
for workload in ${WORKLOADS:-steps models quadratic params}; do
  verdicts=()
  for ((i = 1; i <= runs; i++)); do
    verdicts+=("$("$binary" bench "$workload" "${mode[@]}" --seed "$i" --format json |
      python3 -c 'import json,sys; f=json.load(sys.stdin)["fit"]; print(f["class"] or "inconclusive")')")
  done
  printf '%-10s ' "$workload"
  printf '%s\n' "${verdicts[@]}" | sort | uniq -c | sort -rn | awk '{n = $1; $1 = ""; sub(/^ /, ""); printf "%s×%s  ", $0, n} END {print ""}'
done
