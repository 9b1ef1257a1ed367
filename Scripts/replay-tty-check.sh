#!/usr/bin/env bash
# Drives an interactive `pipeline replay` in a real terminal (tmux): steps forward, back,
# jumps, shows the tracker, quits; prints the screen after each key and checks what it shows.
# Usage: Scripts/replay-tty-check.sh [BINARY]
set -euo pipefail
binary=$(realpath "${1:-.build/debug/pipeline}")
command -v tmux >/dev/null || { echo "replay-tty-check: tmux is not installed; skipping"; exit 0; }
[ -x "$binary" ] || { echo "replay-tty-check: build first; $binary is missing" >&2; exit 2; }
dir=$(mktemp -d)
session="replay-check-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$dir"' EXIT
tmux new-session -d -s "$session" -x 120 -y 40 "cd $dir && NO_COLOR=1 $binary replay --no-record; echo EXIT=\$?; sleep 5"
screen() { sleep 0.6; tmux capture-pane -p -t "$session"; }
expect() { if ! screen | grep -q -- "$1"; then echo "FAIL: expected '$1' on screen:"; screen; exit 1; fi; echo "ok: $1"; }
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
