#!/usr/bin/env bash
# Measures how often the complexity fitter names the right class on a seeded family of 50
# synthetic timing series (O(1), O(n), O(n log n), O(n²), O(n³); 10 seeds each), and, when the
# Python big_O package can be imported, how often big_O does on the same series (fitting each
# size's median over the same six classes; big_O never says "inconclusive").
# Usage: Scripts/fit-accuracy.sh [BINARY]  (default .build/release/pipeline)
#   SEED=S      first seed of each law (default 1)
#   PYTHON=...  the Python that has big_O, e.g. a venv's: python3 -m venv /tmp/bigo &&
#               /tmp/bigo/bin/pip install big-o && PYTHON=/tmp/bigo/bin/python Scripts/fit-accuracy.sh
set -euo pipefail
binary=${1:-.build/release/pipeline}
[ -x "$binary" ] || { echo "fit-accuracy: build first (swift build -c release); $binary is missing" >&2; exit 2; }
seed=${SEED:-1}
python=${PYTHON:-python3}

"$binary" bench accuracy --seed "$seed"

if ! "$python" -c 'import big_o' 2>/dev/null; then
  echo
  echo "big_O is not installed for $python: its column is skipped (see the usage lines at the top of $0)."
  exit 0
fi
folder=$(mktemp -d)
trap 'rm -rf "$folder"' EXIT
"$binary" bench accuracy --seed "$seed" --export "$folder" --format json >/dev/null
echo
echo "big_O on the same series (per-size medians; classes O(1), O(log n), O(n), O(n log n), O(n²), O(n³)):"
"$python" - "$folder" <<'PY'
import csv, glob, os, statistics, sys, warnings
import numpy as np
import big_o
from big_o import complexities as c

warnings.filterwarnings("ignore")
names = {c.Constant: "O(1)", c.Logarithmic: "O(log n)", c.Linear: "O(n)",
         c.Linearithmic: "O(n log n)", c.Quadratic: "O(n²)", c.Cubic: "O(n³)"}
laws = {"constant": "O(1)", "linear": "O(n)", "n-log-n": "O(n log n)", "quadratic": "O(n²)", "cubic": "O(n³)"}
tally = {law: [0, 0] for law in laws.values()}
for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.csv"))):
    law = laws[os.path.basename(path).split("-seed")[0]]
    samples = {}
    with open(path) as handle:
        for row in csv.reader(line for line in handle if not line.startswith("#")):
            if row[0] == "n":
                continue
            samples.setdefault(int(row[0]), []).append(float(row[1]))
    ns = np.array(sorted(samples), dtype=float)
    medians = np.array([statistics.median(samples[int(n)]) for n in ns])
    best, _ = big_o.infer_big_o_class(ns, medians, classes=list(names))
    tally[law][0 if names[type(best)] == law else 1] += 1
print(f"{'law':<12}{'right':>6}{'wrong':>7}{'inconclusive':>14}")
for law, (right, wrong) in tally.items():
    print(f"{law:<12}{right:>6}{wrong:>7}{0:>14}")
print(f"{'all':<12}{sum(r for r, _ in tally.values()):>6}{sum(w for _, w in tally.values()):>7}{0:>14}")
PY
