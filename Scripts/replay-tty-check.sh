#!/usr/bin/env bash
# Drives an interactive `pipeline replay` in a real terminal (tmux): steps forward, back,
# jumps, shows the tracker, quits; prints the screen after each key and checks what it shows.
# Usage: Scripts/replay-tty-check.sh [BINARY]
set -euo pipefail
. "$(dirname "$0")/lib/check.sh"
prepare_tty_check "${1:-.build/debug/pipeline}"
environment="NO_COLOR=1"
start replay --no-record
expect "Step 1 of 9"
tmux send-keys -t "$session" Enter;        expect "Step 2 of 9"
tmux send-keys -t "$session" n Enter;      expect "train.py receives --lr 0.01"
tmux send-keys -t "$session" b Enter;      expect "Step 2 of 9"
tmux send-keys -t "$session" "g 7" Enter;  expect "train.py receives --lr 0.1"
tmux send-keys -t "$session" t Enter;      expect "Variable tracker after 1 run"
tmux send-keys -t "$session" "g 9" Enter;  expect "Step 9 of 9"
tmux send-keys -t "$session" t Enter;      expect "After Run 2"
tmux send-keys -t "$session" q Enter;      expect "Stopped at step 9 of 9"
expect "EXIT=0"
echo "replay-tty-check: interactive replay works in a real terminal"
