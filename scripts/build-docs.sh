#!/usr/bin/env bash
# Builds the DocC catalog of TillitCore with the toolchain's own docc, no plugin needed:
# symbol graphs from SwiftPM, then `docc convert`. Warnings are errors.
#   bash scripts/build-docs.sh [OUTPUT-FOLDER]     (default .build/docs)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-.build/docs}"
graphs=.build/symbol-graphs
rm -rf "$graphs" && mkdir -p "$graphs"
# dump-symbol-graph builds as needed and always writes fresh graphs (an incremental `swift build` with
# -emit-symbol-graph writes nothing when nothing recompiles).
swift package dump-symbol-graph --minimum-access-level public >/dev/null
cp "$(swift build --show-bin-path)/../symbolgraph/TillitCore.symbols.json" "$graphs/"
docc convert Sources/TillitCore/TillitCore.docc \
    --additional-symbol-graph-dir "$graphs" \
    --output-path "$out" \
    --fallback-display-name TillitCore \
    --fallback-bundle-identifier org.tillit.TillitCore \
    --warnings-as-errors
echo "Documentation written to $out"

# Every public symbol carries a doc comment; only compiler-synthesised members and implementations of
# documented protocol requirements may go without.
python3 - "$graphs/TillitCore.symbols.json" <<'PY'
import json, sys
symbols = json.load(open(sys.argv[1]))["symbols"]
inherited = {"init(from:)", "encode(to:)", "hash(into:)", "hashValue", "init(rawValue:)", "rawValue",
             "description", "message", "<(_:_:)", "==(_:_:)", "id"}
missing = [".".join(s["pathComponents"]) for s in symbols
           if "docComment" not in s and s["pathComponents"][-1] not in inherited]
for name in missing:
    print(f"undocumented public symbol: {name}")
sys.exit(1 if missing else 0)
PY
echo "Every public symbol is documented."
