#!/usr/bin/env bash
# Builds the libFuzzer harness (once per source change) and fuzzes one reader.
# Usage: Scripts/fuzz.sh TARGET SECONDS
#   TARGET: yaml json definition template condition typed-condition param-value params-file quiz-bank lesson progress
# Exits non-zero on any crash, hang (-timeout=2), or memory error; the input is kept in
# fuzz-out/ for a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: Scripts/fuzz.sh TARGET SECONDS}
seconds=${2:-20}
targets="yaml json definition template condition typed-condition param-value params-file quiz-bank lesson progress"
case " $targets " in *" $target "*) ;; *) echo "fuzz.sh: unknown target '$target'; one of: $targets" >&2; exit 2 ;; esac
build=.build-fuzz
mkdir -p "$build" fuzz-out
sources=$(find Sources/PipelineKit -name '*.swift' | sort)
stamp=$(cat $sources Fuzz/*.swift | sha1sum | cut -c1-12)
binary="$build/fuzz-$stamp"
if [ ! -x "$binary" ]; then
  echo "fuzz.sh: building the harness (once per source change)..." >&2
  swiftc -sanitize=fuzzer,address -parse-as-library -O -g -module-name PipelineKit -swift-version 6 \
    $sources Fuzz/FuzzEntry.swift Fuzz/EmbeddedFilesStub.swift -o "$binary.tmp.$$" 2>"$build/build.$$.log" || { cat "$build/build.$$.log" >&2; exit 1; }
  mv "$binary.tmp.$$" "$binary"
fi
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
[ -d "Fuzz/corpus/$target" ] && cp -r "Fuzz/corpus/$target/." "$corpus/"
# The files the tool ships seed their readers as they are today (a copy kept in Fuzz/corpus
# would go stale); Fuzz/corpus holds only inputs made for fuzzing.
case $target in
  yaml|definition) shipped=(lessons/pipelines/*.yaml) ;;
  json|quiz-bank) shipped=(quizzes/*.json) ;;
  lesson) shipped=(lessons/*.md) ;;
  *) shipped=() ;;
esac
for file in "${shipped[@]}"; do cp "$file" "$corpus/"; done
echo "fuzz.sh: fuzzing $target for ${seconds}s" >&2
FUZZ_TARGET=$target "$binary" "$corpus" -max_total_time="$seconds" -timeout=2 -rss_limit_mb=2048 -max_len=65536 \
  -artifact_prefix="fuzz-out/$target-" -print_final_stats=1 2>"fuzz-out/$target.log" || {
  echo "fuzz.sh: $target FAILED; see fuzz-out/$target.log and fuzz-out/$target-*" >&2
  tail -30 "fuzz-out/$target.log" >&2
  exit 1
}
runs=$(grep -E "stat::number_of_executed_units" "fuzz-out/$target.log" | awk '{print $2}')
echo "fuzz.sh: $target ran clean for ${seconds}s, ${runs:-?} inputs" >&2
