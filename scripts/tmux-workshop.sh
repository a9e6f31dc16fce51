#!/usr/bin/env bash
# Drives `tillit-assess workshop` in a real terminal (tmux): raw-mode keys, the arrow key, `?`, a wrong
# key, `q`, resumes, `kill -9` mid-participant, the group view, Ctrl-C and SIGTERM, and checks the
# captured screens, the saved document and that the terminal is restored. Installs tmux with apt-get
# when it is missing.
#
#   scripts/tmux-workshop.sh            # builds, then runs; exit 0 when every check passes
#   SCREENS=dir scripts/tmux-workshop.sh  # also keeps each captured screen in dir (for the README)
#   TILLIT_BIN=path scripts/tmux-workshop.sh  # uses an already built binary
# Exit status: 0 all checks passed, 1 a check failed, 77 tmux is missing and cannot be installed.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v tmux >/dev/null 2>&1; then
    echo "tmux is missing; installing it with apt-get"
    if [ "$(id -u)" -eq 0 ]; then
        apt-get update -qq && apt-get install -y -qq tmux >/dev/null
    elif command -v sudo >/dev/null 2>&1; then
        sudo apt-get update -qq && sudo apt-get install -y -qq tmux >/dev/null
    fi
    # 77: skipped (the automake convention), so that CI can tell "cannot run here" from "failed".
    command -v tmux >/dev/null 2>&1 || { echo "tmux could not be installed; skipping" >&2; exit 77; }
fi

if [ -z "${TILLIT_BIN:-}" ]; then
    swift build >/dev/null
    TILLIT_BIN="$(swift build --show-bin-path)/tillit-assess"
fi
work="$(mktemp -d)"
socket="tillit-workshop-$$"
session="workshop"
tm() { tmux -L "$socket" "$@"; }
cleanup() { tm kill-server 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

failures=0
screen() { tm capture-pane -p -t "$session"; }
# Waits up to 10 s for text to appear on the screen; fails the check if it does not.
expect() {
    local text="$1" i
    for i in $(seq 1 100); do
        if screen | grep -qF -- "$text"; then return 0; fi
        sleep 0.1
    done
    echo "FAIL: the screen never showed: $text" >&2
    screen | sed 's/^/    | /' >&2
    failures=$((failures + 1))
    return 0
}
refute() {
    if screen | grep -qF -- "$1"; then
        echo "FAIL: the screen shows what it must not: $1" >&2
        failures=$((failures + 1))
    fi
}
keep() { if [ -n "${SCREENS:-}" ]; then mkdir -p "$SCREENS"; screen | sed -e 's/[[:space:]]*$//' | cat -s >"$SCREENS/$1.txt"; fi; }
keys() { tm send-keys -t "$session" "$@"; }
line() { tm send-keys -t "$session" -l "$1"; tm send-keys -t "$session" Enter; }
start() {
    tm new-session -d -s "$session" -x 80 -y 45 -c "$work" \
        "'$TILLIT_BIN' workshop ws.tillit.json --language sv; echo EXIT=\$?; stty -a | grep -oE -- '-?icanon' | sed 's/^/TTY=/'; sleep 600"
}
document() { tr -d ' \n' <"$work/ws.tillit.json"; }

echo "== first session: setup, one participant, back, help, a wrong key, quit"
start
expect "Tillit · Förberedelser"
expect "Organisation:"
line "Exempelmyndigheten"
line "Ledningsgruppen"
line "Karin"
line ""
line "quick"
expect "Deltagare 1, namn:"
line "Anna"
line "chef"
line ""
expect "Enter: börja den individuella skattningen"
keep 1-setup
keys Enter
expect "Nu är det Annas tur (deltagare 1 av 1)."
keys Enter
expect "1/13"
expect "Princip: Tillit"
keep 2-scoring
keys 4
expect "2/13"
keys 2
expect "3/13"
keys Left
expect "2/13"
expect "▸ 2  Stämmer dåligt"
keys "?"
expect "Definition:"
keep 3-help
keys Enter
expect "2/13"
keys x
expect "! Svara 1–5, 0 eller v för vet ej"
keys 3
expect "3/13"
keys q
expect "EXIT=0"
expect "tillit-assess workshop ws.tillit.json"
expect "TTY=icanon"
document | grep -qF '"answers":[4,3]' || { echo "FAIL: answers [4, 3] not saved" >&2; failures=$((failures + 1)); }
tm kill-session -t "$session"

echo "== second session: resume, two answers, then kill -9: nothing answered is lost"
start
expect "Fortsätter från påstående 3 av 13."
keys Enter
expect "3/13"
keys 5
expect "4/13"
keys 4
expect "5/13"
pane="$(tm display -p -t "$session" '#{pane_pid}')"
kill -KILL "$(ps -o pid= --ppid "$pane" | tr -d ' ' | head -1)"
expect "EXIT=137"
document | grep -qF '"answers":[4,3,5,4]' || { echo "FAIL: answers lost by kill -9" >&2; failures=$((failures + 1)); }
tm kill-session -t "$session"

echo "== third session: resume where it stopped, finish, group view, Ctrl-C"
start
expect "Fortsätter från påstående 5 av 13."
keys Enter
expect "5/13"
refute "Definition:"
for answer in 3 2 1 v 0 2 3 4 5; do keys "$answer"; done
expect "Tack, Anna! Dina svar är sparade."
keys Enter
expect "Gruppens bild · 1 deltagare"
expect "Långsiktighet"
keep 4-group-view
keys Enter
expect "Inget påstående där svaren spänner över tre steg eller fler."
keep 5-statements
keys C-c
expect "EXIT=130"
expect "Avbrutet. Allt som besvarats är sparat."
expect "TTY=icanon"
document | grep -qF '"answers":[4,3,5,4,3,2,1,null,null,2,3,4,5]' \
    || { echo "FAIL: the full answers are not saved" >&2; failures=$((failures + 1)); }
document | grep -qF '"step":"group-view"' || { echo "FAIL: not saved at the group view" >&2; failures=$((failures + 1)); }
tm kill-session -t "$session"

echo "== fourth session: SIGTERM restores the terminal"
start
expect "Gruppens bild · 1 deltagare"
pane="$(tm display -p -t "$session" '#{pane_pid}')"
child="$(ps -o pid= --ppid "$pane" | tr -d ' ' | head -1)"
kill -TERM "$child"
expect "EXIT=143"
expect "TTY=icanon"

if [ "$failures" -gt 0 ]; then
    echo "tmux workshop: $failures check(s) failed" >&2
    exit 1
fi
echo "tmux workshop: all checks passed"
