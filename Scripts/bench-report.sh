#!/usr/bin/env bash
# Measures the figures the README's "Benchmarks" section quotes, on this machine, and prints
# them as Markdown: the default `pipeline bench` tables, the engine's cost per no-op step at
# n = 100 000, how long `bench --quick` and `bench` take, and the fitter's verdicts over
# repeated runs. Run it on a quiet machine; it takes about 10 minutes.
# Usage: Scripts/bench-report.sh [RUNS]   (RUNS: repetitions for timings and verdicts, default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
swift build -c release >/dev/null
binary=.build/release/pipeline
export NO_COLOR=1

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); echo "$end - $start" | bc -l; }

echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($(uname -m)), $(swift --version 2>&1 | head -1 | sed 's/ (.*//'), release build."
echo
echo '#### `pipeline bench` (steps and models)'
echo
"$binary" bench --format markdown | sed 's/^### /##### /'
echo
echo '#### Engine cost per no-op step'
echo
echo '| n | median per step | min per step |'
echo '| ---: | ---: | ---: |'
"$binary" bench overhead --sizes 1000,10000,100000 --format json | python3 -c '
import json, sys
for p in json.load(sys.stdin)["points"]:
    n = p["n"]
    median, fastest = p["median_seconds"] / n * 1e9, p["min_seconds"] / n * 1e9
    print(f"| {n} | {median:.0f} ns | {fastest:.0f} ns |")'
echo
echo '#### Steps in parallel (`pipeline bench parallel`)'
echo
echo '| n independent steps | workers | median | speedup | efficiency |'
echo '| ---: | ---: | ---: | ---: | ---: |'
"$binary" bench parallel --format json | python3 -c '
import json, sys
for p in json.load(sys.stdin)["points"]:
    n, w, m, s, e = p["n"], p["workers"], p["median_seconds"] * 1e3, p["speedup"], p["efficiency"] * 100
    print(f"| {n} | {w} | {m:.2f} ms | ×{s:.2f} | {e:.0f}% |")'
echo
echo '#### How long the benchmarks take'
echo
quick=$(for ((i = 0; i < 5; i++)); do seconds "$binary" bench --quick; done | median)
full=$(for ((i = 0; i < 3; i++)); do seconds "$binary" bench; done | median)
printf '| command | median wall time |\n| --- | ---: |\n| `pipeline bench --quick` (5 runs) | %.1f s |\n| `pipeline bench` (3 runs) | %.1f s |\n' "$quick" "$full"
echo
echo "#### Verdicts over $runs runs each (seeds 1 … $runs)"
echo
echo '| workload | `bench WORKLOAD` | `bench WORKLOAD --quick` |'
echo '| --- | --- | --- |'
full=$(FULL=1 Scripts/bench-verdicts.sh "$runs" "$binary")
quick=$(Scripts/bench-verdicts.sh "$runs" "$binary")
join <(echo "$full" | awk '{ w = $1; $1 = ""; sub(/^ +/, ""); sub(/ +$/, ""); print w "\t" $0 }' | sort) \
     <(echo "$quick" | awk '{ w = $1; $1 = ""; sub(/^ +/, ""); sub(/ +$/, ""); print w "\t" $0 }' | sort) -t $'\t' |
  awk -F '\t' '{ print "| " $1 " | " $2 " | " $3 " |" }'
