#!/usr/bin/env bash
# Drives an interactive `pipeline quiz` in a real terminal (tmux), checking the screen after
# each key: a hint, a right answer whose feedback stays until Enter, a fresh screen for the
# next question, a skip, a wrong key; then Ctrl-C, and a second quiz that offers to continue
# at the question where the first stopped; then `--review`, which asks only the missed one;
# then an exam: no feedback after an answer, and Ctrl-C writes the summary and the result file.
# Usage: Scripts/quiz-tty-check.sh [BINARY]
set -euo pipefail
. "$(dirname "$0")/lib/check.sh"
prepare_tty_check "${1:-.build/debug/pipeline}"
width=100 environment="NO_COLOR=1 PIPELINE_STATE_DIR=$dir/state"

start quiz --bank parameterized-runs
expect "Question 1 of"
tmux send-keys -t "$session" h Enter;   expect "Hint:"
tmux send-keys -t "$session" d Enter;   expect "Right: D."
expect "Enter for the next question"
sleep 1; expect "Right: D."             # the feedback waits for the learner
absent "Question 2 of"
tmux send-keys -t "$session" Enter;     expect "Question 2 of"
absent "Right: D."                      # a fresh screen for the next question
tmux send-keys -t "$session" z Enter;   expect "'z' is not an option"
tmux send-keys -t "$session" a Enter;   expect "Not quite"
tmux send-keys -t "$session" Enter;     expect "Question 3 of"
tmux send-keys -t "$session" C-c;       expect "EXIT=130"

start quiz --bank parameterized-runs
expect "Continue the parameterized-runs quiz at question 3 of"
tmux send-keys -t "$session" Enter;     expect "Question 3 of"
tmux send-keys -t "$session" q Enter;   expect "Stopped after 2 of"
expect "EXIT=0"

start quiz --review
expect "Review: 1 question you missed or that are due again"
expect "Question 1 of 1"
tmux send-keys -t "$session" s Enter;   expect "Skipped"
tmux send-keys -t "$session" Enter;     expect "EXIT=0"

start quiz --bank complexity --exam --seed 3 --count 3 --student ana --result ana.json
expect "No feedback until the end"
tmux send-keys -t "$session" a Enter;   expect "Question 2 of 3"
absent "Not quite"; absent "Right:"     # an exam holds the feedback back
tmux send-keys -t "$session" C-c;       expect "EXIT=130"
expect "Exam interrupted after 1 of 3 questions"
grep -q '"ended": "interrupted"' "$dir/ana.json" && echo "ok: the result file says interrupted" || { echo "FAIL: no interrupted result in $dir/ana.json"; exit 1; }
echo "quiz-tty-check: feedback stays until Enter, a stopped quiz resumes, review asks only what was missed, an exam keeps its result on Ctrl-C"
