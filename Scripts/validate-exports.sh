#!/usr/bin/env bash
# Checks that `pipeline export` writes files the engines accept, against their published schemas:
#   GitHub Actions  - SchemaStore's github-workflow schema (check-jsonschema --builtin-schema vendor.github-workflows)
#   Azure Pipelines - SchemaStore's azure-pipelines schema (vendor.azure-pipelines), see the note below
#   Argo Workflows  - the Workflow model of the hera package (hera.workflows.models.Workflow.model_validate)
# Every bundled pipeline goes to all three engines, plus the sweep example to argo and github-actions.
# The checkers come from PyPI into a virtual environment (.build-venv/, ignored by git); the Swift
# package itself stays free of dependencies.
#
# Azure note: the published schema types a parameter's `default:` (and `values:`) as text, so it
# rejects `default: false` and `default: 0.01`, which Azure itself accepts (Microsoft's own examples
# write `default: false`). The Azure exports are therefore validated with number and boolean
# defaults and values read as strings; nothing else is changed.
#
# Usage: Scripts/validate-exports.sh [PIPELINE_BINARY]   (default .build/debug/pipeline, built if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
binary="${1:-.build/debug/pipeline}"
venv=".build-venv"
[ -x "$binary" ] || swift build

# --- the checkers -------------------------------------------------------------------------
if ! "$venv/bin/python" -c 'import hera, check_jsonschema' 2>/dev/null; then
  rm -rf "$venv"
  if ! command -v python3 >/dev/null || ! python3 -m venv "$venv" >/dev/null 2>&1; then
    # A fresh Debian has no python3-venv: install it from the Debian registry when we may.
    if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
      echo "validate-exports: installing python3-venv with apt-get" >&2
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3 python3-venv >/dev/null
      rm -rf "$venv"
      python3 -m venv "$venv"
    else
      echo "validate-exports: error: python3 with the venv module is needed (apt-get install python3-venv)" >&2
      exit 2
    fi
  fi
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check check-jsonschema hera
fi
python="$venv/bin/python"

# --- the exports --------------------------------------------------------------------------
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
count=0
for file in lessons/pipelines/*.yaml; do
  name="$(basename "$file" .yaml)"
  for target in github-actions azure-pipelines argo; do
    "$binary" export "$name" --to "$target" --output "$out/$name.$target.yaml" >/dev/null
    count=$((count + 1))
  done
done
for target in github-actions argo; do
  "$binary" export three-steps --to "$target" --sweep learning_rate=0.001,0.01,0.1 --sweep batch_size=16,32 \
    --output "$out/three-steps-sweep.$target.yaml" >/dev/null
  count=$((count + 1))
done

# The GitHub example in docs/examples/ is checked too: it is written as GitHub's docs write one.
# (The Azure example is not: it uses a ${{ if }} insertion, which the published schema cannot express.)
for file in docs/examples/github-actions/*.yml; do
  cp "$file" "$out/example-$(basename "$file" .yml).github-actions.yaml"
done

# --- GitHub Actions -----------------------------------------------------------------------
"$venv/bin/check-jsonschema" --builtin-schema vendor.github-workflows "$out"/*.github-actions.yaml

# --- Azure Pipelines (number and boolean defaults and values read as strings) -------------
"$python" - "$out" <<'PY'
import json, pathlib, sys
from ruamel.yaml import YAML
folder = pathlib.Path(sys.argv[1])
for path in sorted(folder.glob("*.azure-pipelines.yaml")):
    document = YAML(typ="safe").load(path.read_text())
    for parameter in document.get("parameters", []):
        for key in ("default", "values"):
            value = parameter.get(key)
            if isinstance(value, (bool, int, float)):
                parameter[key] = (str(value).lower() if isinstance(value, bool) else str(value))
            elif isinstance(value, list):
                parameter[key] = [str(item).lower() if isinstance(item, bool) else str(item) for item in value]
    path.with_suffix(".json").write_text(json.dumps(document))
PY
"$venv/bin/check-jsonschema" --builtin-schema vendor.azure-pipelines "$out"/*.azure-pipelines.json

# --- Argo Workflows -----------------------------------------------------------------------
"$python" - "$out" <<'PY'
import pathlib, sys
from ruamel.yaml import YAML
from hera.workflows.models import Workflow
folder = pathlib.Path(sys.argv[1])
paths = sorted(folder.glob("*.argo.yaml"))
def unknown_keys(given, kept, where):
    # The model ignores keys it does not know; report them, as a schema with additionalProperties: false would.
    if isinstance(given, dict) and isinstance(kept, dict):
        for key, value in given.items():
            if key not in kept:
                yield f"{where}.{key}"
            else:
                yield from unknown_keys(value, kept[key], f"{where}.{key}")
    elif isinstance(given, list) and isinstance(kept, list):
        for index, (a, b) in enumerate(zip(given, kept)):
            yield from unknown_keys(a, b, f"{where}[{index}]")
failed = False
for path in paths:
    document = YAML(typ="safe").load(path.read_text())
    workflow = Workflow.model_validate(document)
    unknown = list(unknown_keys(document, workflow.model_dump(by_alias=True, exclude_none=True), "$"))
    if unknown or not workflow.spec.templates:
        print(f"{path.name}: keys the Workflow model does not know: {', '.join(unknown)}", file=sys.stderr)
        failed = True
if failed:
    sys.exit(1)
print(f"ok -- validation done ({len(paths)} Argo Workflows accepted by hera's Workflow model)")
PY
echo "validate-exports: $count exports (and the GitHub example) of $(ls lessons/pipelines/*.yaml | wc -l) bundled pipelines (+ the sweep) accepted by the engines' schemas"
