#!/usr/bin/env bash
# Several processes edit one assessment at once — `plan add-action`, `plan set-status` and `merge`,
# interleaved — and the file is then checked against what every run reported: every edit a run reported
# as saved (exit 0) is in the file, every other run exited non-zero with a message, action ids are
# unique, and no temporary file is left. This is the promise of the file lock (FileLock, AssessmentStore).
#
#   scripts/concurrency-edits.sh                      # builds, then runs: 3 processes × 100 edits of each kind
#   EDITS=20 PROCESSES=4 scripts/concurrency-edits.sh   # fewer edits, more processes
#   TILLIT_BIN=path scripts/concurrency-edits.sh      # uses an already built binary
# The default (900 runs of the debug build) took 32–50 s on the project's two-core machine while others
# worked on it; lower EDITS if CI needs it faster.
# Exit status: 0 every check passed, 1 a check failed, 77 jq is missing and cannot be installed.
set -euo pipefail
cd "$(dirname "$0")/.."

EDITS="${EDITS:-100}"
PROCESSES="${PROCESSES:-3}"

if ! command -v jq >/dev/null 2>&1; then
    echo "jq is missing; installing it with apt-get"
    if [ "$(id -u)" -eq 0 ]; then
        apt-get update -qq && apt-get install -y -qq jq >/dev/null
    elif command -v sudo >/dev/null 2>&1; then
        sudo apt-get update -qq && sudo apt-get install -y -qq jq >/dev/null
    fi
    command -v jq >/dev/null 2>&1 || { echo "jq could not be installed; skipping" >&2; exit 77; }
fi

if [ -z "${TILLIT_BIN:-}" ]; then
    swift build >/dev/null
    TILLIT_BIN="$(swift build --show-bin-path)/tillit-assess"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export LANG=en_US.UTF-8 NO_COLOR=1

file="$work/team.tillit.json"
jq '.participants = [] | .plan.actions = []' Tests/Fixtures/report-sample.tillit.json >"$file"
chmod 640 "$file" # an unusual mode, which every save must keep
# One response file, answered on standard input, cloned under a name per process and edit.
# The fixture is on version 1 of the standard questionnaire, so the response is too.
printf '3\n%.0s' $(seq 200) |
    "$TILLIT_BIN" respond --questionnaire standard@1 --participant template -o "$work/template.json" >/dev/null

# One editor: EDITS rounds of add-action, set-status of the action it just added, and merge of its own
# response file. Each run's outcome goes to a log line: "ok KIND WHAT" or "failed KIND WHAT".
editor() {
    local p="$1" j id out
    for ((j = 1; j <= EDITS; j++)); do
        if out="$("$TILLIT_BIN" plan "$file" add-action --what "p$p-e$j" --owner "O$p" 2>&1)"; then
            id="$(sed -n 's/^Added \(A[0-9]*\):.*/\1/p' <<<"$out")"
            echo "ok add p$p-e$j $id"
            if "$TILLIT_BIN" plan "$file" set-status "$id" done --note "p$p-e$j" >/dev/null 2>&1; then
                echo "ok status $id"
            else
                echo "failed status $id"
            fi
        else
            [ -n "$out" ] || echo "add-action failed without a message" >&2
            echo "failed add p$p-e$j"
        fi
        jq --arg name "p$p-m$j" '.participant.name = $name' "$work/template.json" >"$work/r-$p-$j.json"
        if "$TILLIT_BIN" merge "$file" "$work/r-$p-$j.json" >/dev/null 2>"$work/err-$p-$j"; then
            echo "ok merge p$p-m$j"
        else
            [ -s "$work/err-$p-$j" ] || echo "merge failed without a message" >&2
            echo "failed merge p$p-m$j"
        fi
    done
}

start=$SECONDS
for ((p = 1; p <= PROCESSES; p++)); do editor "$p" >"$work/log-$p" & done
wait
elapsed=$((SECONDS - start))
cat "$work"/log-* >"$work/log"

failures=0
check() { # description, condition result
    if [ "$2" -ne 0 ]; then
        echo "FAIL: $1"
        failures=$((failures + 1))
    fi
}

actions="$(jq -r '.plan.actions[] | "\(.what) \(.id) \(.status)"' "$file")"
participants="$(jq -r '.participants[] | if type == "array" then .[0] else .name end' "$file")"
missing=0
while read -r outcome kind what id; do
    [ "$outcome" = ok ] || continue
    case "$kind" in
        add) grep -qx "$what $id [a-z]*" <<<"$actions" || { echo "reported added but missing: $what $id"; missing=1; } ;;
        status) grep -q " $what done$" <<<"$actions" || { echo "reported done but not: $what"; missing=1; } ;;
        merge) grep -qx "$what" <<<"$participants" || { echo "reported merged but missing: $what"; missing=1; } ;;
    esac
done <"$work/log"
check "every edit reported as saved is in the file" "$missing"

added="$(grep -c '^ok add' "$work/log" || true)"
merged="$(grep -c '^ok merge' "$work/log" || true)"
check "the file holds exactly the actions reported added ($added)" \
    "$([ "$(jq '.plan.actions | length' "$file")" -eq "$added" ] && echo 0 || echo 1)"
check "the file holds exactly the participants reported merged ($merged)" \
    "$([ "$(jq '.participants | length' "$file")" -eq "$merged" ] && echo 0 || echo 1)"
# Each kind of edit must have succeeded at least once, or the checks above prove nothing about it.
check "every kind of edit succeeded at least once" "$([ "$added" -gt 0 ] && [ "$merged" -gt 0 ] &&
    grep -q '^ok status' "$work/log" && echo 0 || echo 1)"
check "action ids are unique" "$([ -z "$(jq -r '.plan.actions[].id' "$file" | sort | uniq -d)" ] && echo 0 || echo 1)"
check "no temporary file is left" "$(ls -a "$work" | grep -q '\.tmp$' && echo 1 || echo 0)"
check "the file keeps its mode (0640)" "$([ "$(stat -c %a "$file")" = 640 ] && echo 0 || echo 1)"

failed="$(grep -c '^failed' "$work/log" || true)"
echo "concurrency: $PROCESSES processes × $EDITS edits of each kind in ${elapsed}s:" \
    "$added added, $(grep -c '^ok status' "$work/log" || true) statuses set, $merged merged, $failed refused"
if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all checks passed"
