#!/usr/bin/env bash
# Kills `pipeline` processes with SIGKILL at random moments while they write run records,
# ROUNDS times, then checks that every record left behind is complete, valid JSON and that
# no temporary file was mistaken for a record. Usage: Scripts/kill-test.sh [ROUNDS] [BINARY]
set -euo pipefail
. "$(dirname "$0")/lib/check.sh"
rounds=${1:-200}
prepare_check "${2:-.build/debug/pipeline}"
export PIPELINE_RUNS_DIR="$dir/runs"
for ((i = 1; i <= rounds; i++)); do
  "$binary" run three-steps --param learning_rate=0.0$(( i % 9 + 1 )) >/dev/null 2>&1 &
  pid=$!
  # Sleep a random 0–40 ms, then kill: sometimes before, during or after the write.
  sleep "0.0$(( RANDOM % 5 ))$(( RANDOM % 10 ))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
done
records=$(find "$dir/runs" -name '*.json' ! -name '.*' 2>/dev/null | wc -l)
# `runs list` reads every record; one it cannot parse is reported as "skipped … not a valid run record".
listing=$("$binary" runs list --limit 100000 --format json 2>"$dir/warnings")
listed=$(printf '%s' "$listing" | grep -c '"id"' || true)
bad=$(grep -c "not a valid run record" "$dir/warnings" || true)
leftovers=$(find "$dir/runs" -name '*.tmp' 2>/dev/null | wc -l)
echo "kill-test: $rounds kills, $records complete records, $listed listed, $bad corrupt, $leftovers temporary files left"
[ "$bad" -eq 0 ] && [ "$listed" -eq "$records" ]
