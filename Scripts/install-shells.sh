#!/usr/bin/env bash
# Installs zsh and fish (Debian/Ubuntu packages) so the completion tests can load each
# shell's script into the real shell. Does nothing when both are present.
set -euo pipefail
missing=()
for shell in zsh fish; do command -v "$shell" >/dev/null || missing+=("$shell"); done
[ ${#missing[@]} -eq 0 ] && exit 0
command -v apt-get >/dev/null || { echo "install-shells: no apt-get; install ${missing[*]} yourself" >&2; exit 1; }
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}" >/dev/null
echo "install-shells: installed ${missing[*]}"
