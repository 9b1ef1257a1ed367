#!/usr/bin/env bash
# Three `pipeline quiz` processes answer 30 questions each at the same moment, into one state
# folder, TRIALS times; every trial must keep all 90 answers (the attempts in progress.json add
# up to 90). Usage: Scripts/quiz-concurrency.sh [TRIALS] [BINARY]
set -euo pipefail
. "$(dirname "$0")/lib/check.sh"
trials=${1:-10}
prepare_check "${2:-.build/debug/pipeline}"
answers=$(printf 'A,%.0s' $(seq 30)); answers=${answers%,}
failed=0
for ((trial = 1; trial <= trials; trial++)); do
  state="$dir/state-$trial"
  mkfifo "$dir/go-$trial"
  pids=()
  for process in 1 2 3; do
    # Each process waits on the same FIFO, so all three start answering together.
    ( cat "$dir/go-$trial" >/dev/null
      PIPELINE_STATE_DIR="$state" "$binary" quiz --count 30 --answers "$answers" >/dev/null 2>"$dir/err-$trial-$process" ) &
    pids+=($!)
  done
  sleep 0.2
  : >"$dir/go-$trial"
  status=0
  for pid in "${pids[@]}"; do wait "$pid" || status=1; done
  kept=$(awk -F: '/"attempts"/ { gsub(/[ ,]/, "", $2); sum += $2 } END { print sum + 0 }' "$state/progress.json")
  leftovers=$(find "$state" -name '*.tmp' | wc -l)
  echo "trial $trial: $kept of 90 answers kept, $leftovers temporary files left, exit statuses $([ $status -eq 0 ] && echo 0 || echo 'not all 0')"
  if [ "$kept" -ne 90 ] || [ "$status" -ne 0 ] || [ "$leftovers" -ne 0 ]; then failed=$((failed + 1)); cat "$dir"/err-"$trial"-* >&2; fi
done
echo "quiz-concurrency: $((trials - failed)) of $trials trials kept every answer"
[ "$failed" -eq 0 ]
