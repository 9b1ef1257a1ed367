#!/usr/bin/env bash
# Drives `pipeline replay --predict` in a real terminal (tmux): a right guess, a wrong one
# (explained), one within the tolerance, then Ctrl-C; checks the answers were kept and that
# the welcome screen shows the score.
# Usage: Scripts/predict-tty-check.sh [BINARY]
set -euo pipefail
. "$(dirname "$0")/lib/check.sh"
prepare_tty_check "${1:-.build/debug/pipeline}"
environment="PIPELINE_STATE_DIR=$dir/state NO_COLOR=1"
start replay --predict --no-record
expect "Predict · step 2 of 9"
tmux send-keys -t "$session" 0.01 Enter;   expect "✓ right: learning_rate = 0.01"
tmux send-keys -t "$session" 0.1 Enter;    expect "✗ you said 0.1, it is 0.01"
tmux send-keys -t "$session" 4.11 Enter;   expect "✓ right: final_loss = 4.1125"
tmux send-keys -t "$session" C-c;          expect "Kept 3 predictions (2 right) with your progress."
expect "EXIT=130"
grep -q '"answered": 3' "$dir/state/practice.json" || { echo "FAIL: the answers were not kept"; exit 1; }
echo "ok: practice.json keeps 3 answers"
welcome=$(cd "$dir" && PIPELINE_STATE_DIR=$dir/state NO_COLOR=1 COLUMNS=200 "$binary")
grep -q "2 of 6 right (stopped after 3)" <<<"$welcome" || { echo "FAIL: the welcome screen does not show the score:"; echo "$welcome"; exit 1; }
echo "ok: the welcome screen shows 2 of 6 right (stopped after 3)"
echo "predict-tty-check: predictions work in a real terminal"
