#!/usr/bin/env bash
# Times the inputs that once took minutes (issue #13), each the median of 3 runs; the goal is
# under 2 s each on a 2-core machine. Prints one line per case; exits 1 when any case is over
# the goal or does not end in the expected way. Usage: Scripts/slow-inputs.sh [BINARY]
set -euo pipefail
binary=${1:-.build/debug/pipeline}
[ -x "$binary" ] || { echo "slow-inputs: build first (swift build); $binary is missing" >&2; exit 2; }
binary=$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir"
goal=2.0

# 10 000 parameters, each with a misspelled key (tpye): 10 000 located diagnostics.
awk 'BEGIN { print "pipeline:\n  parameters:"; for (i = 0; i < 10000; i++) printf "    - name: p%d\n      tpye: int\n", i;
             print "  steps:\n    - a:\n        run: noop.py" }' > misspelled.yaml
# A 10 000-character value in the run's text table (--dry-run shows the same table).
value=$(head -c 10000 /dev/zero | tr '\0' 'x')
# 20 000 unknown keys in a params file.
awk 'BEGIN { for (i = 0; i < 20000; i++) printf "unknown_%d: 1\n", i }' > params.yaml
# A key of one letter and 2.5 million combining acute accents (5 MB).
awk 'BEGIN { printf "pipeline:\n  k"; for (i = 0; i < 2490000; i++) printf "\xcc\x81"; print ": 1" }' > combining.yaml
# 10 000 steps, each needing the 60 before it.
awk 'BEGIN { print "pipeline:\n  steps:"; for (i = 0; i < 10000; i++) { printf "    - s%d:\n        run: noop.py\n", i;
             if (i > 0) { printf "        needs: ["; for (j = (i > 60 ? i - 60 : 0); j < i; j++) printf "%ss%d", (j > (i > 60 ? i - 60 : 0) ? ", " : ""), j; print "]" } } }' > needs.yaml

over=0
measure() { # NAME EXPECTED-STATUS COMMAND...
  # Wall-clock time is what a user waits; CPU time (user + sys) is shown beside it because
  # this machine is shared and a busy neighbour stretches the wall clock.
  local name=$1 expected=$2; shift 2
  local walls=() cpus=() status
  for _ in 1 2 3; do
    local TIMEFORMAT='%R %U %S'
    set +e; { time "$@" >/dev/null 2>&1; } 2>"$dir/time"; status=$?; set -e
    read -r wall user sys <"$dir/time"
    walls+=("$wall"); cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')")
  done
  local median cpu
  median=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n 2p)
  cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | sed -n 2p)
  local verdict=ok
  if [ "$status" -ne "$expected" ]; then verdict="exit $status, expected $expected"; over=1; fi
  if awk -v m="$median" -v g="$goal" 'BEGIN { exit !(m > g) }'; then verdict="over the ${goal} s goal"; over=1; fi
  printf '%-48s median %6.2f s wall, %6.2f s CPU  (%s)\n' "$name" "$median" "$cpu" "$verdict"
}
measure "10 000 misspelled keys (refused)" 2 "$binary" run misspelled.yaml --no-record
measure "10 000-character value in a text table" 0 "$binary" run dataset-path --param "data_path=$value" --no-record
measure "10 000-character value, --dry-run" 0 "$binary" run dataset-path --param "data_path=$value" --dry-run
measure "20 000 unknown keys in a params file (refused)" 2 "$binary" run three-steps --params-file params.yaml --no-record
measure "combining-mark key, 5 MB (refused)" 2 "$binary" run combining.yaml --no-record
measure "10 000 steps x 60 needs" 0 "$binary" run needs.yaml --dry-run
exit "$over"
