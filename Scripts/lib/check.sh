# What the check scripts in Scripts/ share. Sourced, never run:
#   . "$(dirname "$0")/lib/check.sh"
# Messages start with the script's name ($check).
check=$(basename "$0" .sh)

# prepare_check BINARY: sets $binary, stopping (exit 2) when it is not a built `pipeline`, and
# $dir, a new temporary folder removed when the script exits (with the tmux session $session,
# if one was started).
prepare_check() {
  binary=$1
  [ -x "$binary" ] || { echo "$check: build first (swift build); $binary is missing" >&2; exit 2; }
  dir=$(mktemp -d)
  session="$check-$$"
  trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$dir"' EXIT
}

# --- Driving `pipeline` in a real terminal (tmux) ---

# prepare_tty_check BINARY: as prepare_check, with $binary an absolute path (the session runs in
# $dir); skips the check (exit 0) when tmux is not installed.
prepare_tty_check() {
  command -v tmux >/dev/null || { echo "$check: tmux is not installed; skipping"; exit 0; }
  prepare_check "$(realpath "$1")"
}

# start ARGUMENTS...: runs `$binary ARGUMENTS...` in $dir with $environment (`NAME=VALUE ...`),
# in a fresh tmux session $width columns wide (default 120) and 40 lines high; the screen says
# EXIT=STATUS when it ends. The previous session is closed once the new one stands: closing
# the last session first can stop the tmux server while the new one connects.
start() {
  local previous=$session
  session="$check-$$-$((started = ${started:-0} + 1))"
  tmux new-session -d -s "$session" -x "${width:-120}" -y 40 "cd $dir && ${environment:-} $binary $*; echo EXIT=\$?; sleep 30"
  tmux kill-session -t "=$previous" 2>/dev/null || true
}

# screen: what the terminal shows now.
screen() { tmux capture-pane -p -t "$session"; }

# expect TEXT: waits (up to 10 s) for TEXT on the screen; stops (exit 1) showing the screen if
# it never comes.
expect() {
  for _ in $(seq 50); do grep -q -- "$1" <<<"$(screen)" && { echo "ok: $1"; return; }; sleep 0.2; done
  echo "FAIL: expected '$1' on screen:"; screen | tail -30; exit 1
}

# absent TEXT: stops (exit 1) when TEXT is on the screen now.
absent() {
  if grep -q -- "$1" <<<"$(screen)"; then echo "FAIL: '$1' is still on screen:"; screen | tail -30; exit 1; fi
  echo "ok: no '$1'"
}
