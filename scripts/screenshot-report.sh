#!/usr/bin/env bash
# Renders the HTML report of a sample assessment and takes a screenshot of it in headless Chromium,
# so that the radar chart and the tables can be checked by eye. Not part of CI.
#
#   scripts/screenshot-report.sh [ASSESSMENT] [OUT.png]
#
# ASSESSMENT defaults to Examples/sample.tillit.json when it exists, else the test fixture
# Tests/Fixtures/report-sample.tillit.json. Installs chromium with apt-get when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

input="${1:-}"
if [[ -z "$input" ]]; then
    if [[ -f Examples/sample.tillit.json ]]; then input=Examples/sample.tillit.json
    else input=Tests/Fixtures/report-sample.tillit.json; fi
fi
out="${2:-.build/report-screenshot.png}"
language="${LANGUAGE_OF_REPORT:-sv}"

browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [[ -z "$browser" ]]; then
    echo "Installing chromium with apt-get…" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    browser="$(command -v chromium)"
fi

swift build
mkdir -p "$(dirname "$out")"
html="$(mktemp -d)/report.html"
.build/debug/tillit-assess report "$input" --format html --language "$language" -o "$html" --force
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size="${WINDOW_SIZE:-1100,4200}" --screenshot="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")" \
    "file://$html" 2>/dev/null
echo "Report:     $html"
echo "Screenshot: $out"
