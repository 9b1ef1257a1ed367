#!/usr/bin/env bash
# Drives an interactive `pipeline quiz` in a real terminal (tmux): a hint, a right answer, a
# skip, a wrong key, then quits, checking the screen after each key.
# Usage: Scripts/quiz-tty-check.sh [BINARY]
set -euo pipefail
binary=$(realpath "${1:-.build/debug/pipeline}")
command -v tmux >/dev/null || { echo "quiz-tty-check: tmux is not installed; skipping"; exit 0; }
[ -x "$binary" ] || { echo "quiz-tty-check: build first; $binary is missing" >&2; exit 2; }
dir=$(mktemp -d)
session="quiz-check-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$dir"' EXIT
tmux new-session -d -s "$session" -x 120 -y 50 "cd $dir && NO_COLOR=1 PIPELINE_STATE_DIR=$dir/state $binary quiz --bank parameterized-runs --count 3; echo EXIT=\$?; sleep 5"
screen() { sleep 0.6; tmux capture-pane -p -S -200 -t "$session"; }
expect() { if ! screen | grep -q -- "$1"; then echo "FAIL: expected '$1' on screen:"; screen | tail -30; exit 1; fi; echo "ok: $1"; }
expect "Question 1 of 3"
tmux send-keys -t "$session" h Enter;   expect "Hint:"
tmux send-keys -t "$session" d Enter;   expect "Right: D."
expect "Question 2 of 3"
tmux send-keys -t "$session" s Enter;   expect "Skipped: the answer is B."
tmux send-keys -t "$session" z Enter;   expect "'z' is not an option"
tmux send-keys -t "$session" q Enter;   expect "Score: 1 of 3 (stopped after 2)"
expect "EXIT=0"
[ -s "$dir/state/progress.json" ] && echo "ok: progress saved" || { echo "FAIL: no progress file"; exit 1; }
echo "quiz-tty-check: interactive quiz works in a real terminal"
