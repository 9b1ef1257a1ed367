#!/usr/bin/env bash
# Builds the release `pipeline` with the Swift runtime and Foundation linked in statically, so
# the one file runs on a machine without Swift, then proves it: no Swift library among the
# binary's dynamic dependencies, and `pipeline replay --no-pause` run from an empty folder with
# an empty environment and the toolchain's library folders out of reach. Prints the size.
#
# Usage: Scripts/release.sh [OUTPUT]     copies the checked binary to OUTPUT (stripped) when given
# Takes a few minutes (a release build); run it before handing the binary out, not in a loop.
set -euo pipefail
cd "$(dirname "$0")/.."

swift build -c release --static-swift-stdlib --product pipeline
bin="$(swift build -c release --static-swift-stdlib --show-bin-path)/pipeline"

echo "== dynamic dependencies (ldd $bin)"
ldd "$bin" | sed 's/^/  /'
if ldd "$bin" | grep -Eiq 'swift|libFoundation|libdispatch|libBlocksRuntime|libicu|not found'; then
  echo "FAIL: the binary still loads Swift or Foundation libraries at run time" >&2
  exit 1
fi

# The toolchain's library folders, which must not be needed (the RUNPATH may still name them).
toolchain_lib="$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")/lib"

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cp "$bin" "$scratch/pipeline"
echo "== pipeline replay --no-pause, copied alone to $scratch, env -i, LD_LIBRARY_PATH without $toolchain_lib"
(
  cd "$scratch"
  env -i HOME="$scratch" PATH=/usr/bin:/bin LD_LIBRARY_PATH=/nonexistent \
    ./pipeline replay --no-pause --no-record > replay.txt 2> replay.err
) || { echo "FAIL: the binary did not run alone:" >&2; cat "$scratch/replay.err" >&2; exit 1; }
# The loader really searched no toolchain folder: list every library it mapped.
libraries="$(cd "$scratch" && env -i HOME="$scratch" PATH=/usr/bin:/bin LD_LIBRARY_PATH=/nonexistent LD_TRACE_LOADED_OBJECTS=1 ./pipeline)"
if grep -q "$toolchain_lib" <<<"$libraries"; then
  echo "FAIL: the loader maps a library from $toolchain_lib:" >&2
  echo "$libraries" >&2
  exit 1
fi
grep -q "Variable tracker" "$scratch/replay.txt" || { echo "FAIL: the replay printed no tracker" >&2; cat "$scratch/replay.txt" >&2; exit 1; }
grep -q "0.2175" "$scratch/replay.txt" || { echo "FAIL: the replay did not reach the lesson's final loss 0.2175" >&2; exit 1; }
grep "final_loss" "$scratch/replay.txt" | tail -1 | sed 's/^/  /'

megabytes() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1000000 }'; }
bytes="$(stat -c %s "$bin")"
echo "OK: $bin runs alone ($(megabytes "$bytes"), $bytes bytes; $("$scratch/pipeline" --version))"
if [[ $# -ge 1 ]]; then
  # The copy handed out drops the symbol tables (smaller; a crash report then names no functions).
  cp "$bin" "$1"
  if command -v strip > /dev/null; then strip "$1"; fi
  (cd "$scratch" && env -i HOME="$scratch" PATH=/usr/bin:/bin LD_LIBRARY_PATH=/nonexistent "$(readlink -f "$1")" replay --no-pause --no-record | grep -q "0.2175") \
    || { echo "FAIL: the stripped copy $1 did not run alone" >&2; exit 1; }
  echo "copied to $1, stripped: $(megabytes "$(stat -c %s "$1")"); it runs alone too"
fi
