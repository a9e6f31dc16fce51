#!/usr/bin/env bash
# Drives `tillit-assess workshop` in a real terminal (tmux): raw-mode keys, the arrow key, `?`, a wrong
# key, `q`, resumes, `kill -9` mid-participant, the group view, Ctrl-C and SIGTERM, and checks the
# captured screens, the saved document and that the terminal is restored. Then it walks the whole flow
# with scoring beforehand — `respond` and `merge` exactly as the README shows them — at 60×20, 80×24
# and 160×48, checking that the key screens (group view, flagged statements, consensus, priorities,
# actions, summary) show their first and last lines and cut no name. Installs tmux with apt-get when
# it is missing.
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
# A new session; when the last one was just killed the server may still be exiting, so try again.
new_session() {
    local try
    for try in 1 2 3 4 5; do
        if tm new-session -d -s "$session" "$@" 2>/dev/null; then return 0; fi
        sleep 0.3
    done
    tm new-session -d -s "$session" "$@"
}
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
    new_session -x 80 -y 45 -c "$work" \
        "'$TILLIT_BIN' workshop ws.tillit.json --language sv; echo EXIT=\$?; stty -a | grep -oE -- '-?icanon' | sed 's/^/TTY=/'; sleep 600"
}
# The document without spaces or line breaks; a participant is a row such as ["Anna",0,"4354"] (format 2).
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
expect "▸ 2  Stämmer ganska dåligt"
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
document | grep -qF ',"43"]' || { echo "FAIL: answers [4, 3] not saved" >&2; failures=$((failures + 1)); }
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
document | grep -qF ',"4354"]' || { echo "FAIL: answers lost by kill -9" >&2; failures=$((failures + 1)); }
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
expect "Inget påstående har svar som spänner över tre steg eller fler."
keys C-c
expect "EXIT=130"
expect "Avbrutet. Allt som besvarats är sparat."
expect "TTY=icanon"
document | grep -qF ',"4354321--2345"]' \
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

# --- The whole flow, scored beforehand, at three sizes -------------------------------------------------

# The first line of the screen, and the last line that is not blank.
first_line() { screen | sed -n '1p' | sed 's/[[:space:]]*$//'; }
last_line() { screen | sed 's/[[:space:]]*$//' | sed '/^$/d' | tail -1; }
# Checks that the screen starts with $1 and that its last line contains $2; and that no name is cut.
framed() {
    local what="$1" top="$2" bottom="$3" i
    for i in $(seq 1 100); do
        if first_line | grep -qF -- "$top" && last_line | grep -qF -- "$bottom"; then break; fi
        sleep 0.1
    done
    if ! first_line | grep -qF -- "$top"; then
        echo "FAIL [$size] $what: the first line is not '$top'" >&2
        screen | sed 's/^/    | /' >&2
        failures=$((failures + 1))
    fi
    if ! last_line | grep -qF -- "$bottom"; then
        echo "FAIL [$size] $what: the last line does not hold '$bottom'" >&2
        screen | sed 's/^/    | /' >&2
        failures=$((failures + 1))
    fi
    uncut "$what"
}
uncut() {
    if screen | grep -qF -- "…"; then
        echo "FAIL [$size] $1: a text is cut (…)" >&2
        screen | grep -F -- "…" | sed 's/^/    | /' >&2
        failures=$((failures + 1))
    fi
}
# Answers every statement of `quick` with one value, one line each, as a participant's pipe would.
answers() { for _ in $(seq 1 13); do echo "$1"; done; }

walk() {
    size="$1"
    local cols="${size%x*}" rows="${size#*x}" dir="$work/walk-$size" cmd
    mkdir -p "$dir"
    tm kill-session -t "$session" 2>/dev/null || true
    echo "== [$size] scoring beforehand: respond in a terminal as the README shows, merge as the README shows"
    # The README's own commands, read from the README so that the example that is tested is the one printed.
    respond_cmd="$(sed -n '/^#### Scoring apart, then merging/,/^```$/p' README.md | grep -m1 '^tillit-assess respond')"
    merge_cmd="$(sed -n '/^#### Scoring apart, then merging/,/^```$/p' README.md | grep -m1 '^tillit-assess merge')"
    new_session -x "$cols" -y "$rows" -c "$dir" \
        "export LANG=sv_SE.UTF-8 PATH='$(dirname "$TILLIT_BIN")':\$PATH; $respond_cmd; echo EXIT=\$?; sleep 600"
    expect "Det här är en självskattning"
    expect "Tryck Enter när du är redo."
    uncut "respond intro"
    [ "$size" = 80x24 ] && keep 0-respond
    keys Enter
    expect "1/13"
    for _ in $(seq 1 13); do keys 1; done
    expect "EXIT=0"
    tm kill-session -t "$session"
    (cd "$dir" && answers 5 | LANG=sv_SE.UTF-8 "$TILLIT_BIN" respond --questionnaire quick --participant Bo -o bo.json >/dev/null)
    (cd "$dir" && answers 3 | LANG=sv_SE.UTF-8 "$TILLIT_BIN" respond --questionnaire quick --participant Cai \
        --role enhetschefer -o cai.json >/dev/null)
    cmd="${merge_cmd#tillit-assess }"
    # shellcheck disable=SC2086  # the README's words, split as the shell splits them
    merged="$(cd "$dir" && LANG=sv_SE.UTF-8 "$TILLIT_BIN" $cmd)" \
        || { echo "FAIL [$size] merge as the README shows failed" >&2; failures=$((failures + 1)); }
    echo "$merged" | grep -qF "Ny självskattning skapad: ledningsgruppen.tillit.json" \
        || { echo "FAIL [$size] merge did not create the assessment: $merged" >&2; failures=$((failures + 1)); }
    (cd "$dir" && LANG=sv_SE.UTF-8 "$TILLIT_BIN" merge ledningsgruppen.tillit.json cai.json >/dev/null) \
        || { echo "FAIL [$size] merging a third response failed" >&2; failures=$((failures + 1)); }

    echo "== [$size] the workshop asks only for the organisation and opens at the group view"
    new_session -x "$cols" -y "$rows" -c "$dir" \
        "LANG=sv_SE.UTF-8 '$TILLIT_BIN' workshop ledningsgruppen.tillit.json; echo EXIT=\$?; sleep 600"
    expect "3 deltagare har svarat i förväg"
    expect "Organisation:"
    line "Exempelmyndigheten"
    framed "group view" "Gruppens bild · 3 deltagare" "spara och avsluta"
    [ "$size" = 80x24 ] && keep 4-group-view
    if [ "$size" = 60x20 ]; then
        # A resize (SIGWINCH) redraws the page at the new size: wider bars' labels, the heading still on top.
        tm resize-window -t "$session" -x 100 -y 30
        for _ in $(seq 1 50); do screen | awk '{ if (length($0) > 70) found=1 } END { exit !found }' && break; sleep 0.1; done
        screen | awk '{ if (length($0) > 70) found=1 } END { exit !found }' \
            || { echo "FAIL [$size] the group view was not redrawn wider after a resize" >&2; failures=$((failures + 1)); }
        framed "group view after a resize" "Gruppens bild · 3 deltagare" "spara och avsluta"
        tm resize-window -t "$session" -x "$cols" -y "$rows"
        sleep 0.3
        framed "group view after resizing back" "Gruppens bild · 3 deltagare" "spara och avsluta"
    fi
    # Page on until the flagged statements; the first one is at the top of its page.
    local page
    for page in $(seq 1 12); do
        if screen | grep -qF "Där ni skiljer er mest"; then break; fi
        keys Space
        sleep 0.3
    done
    expect "Där ni skiljer er mest"
    screen | grep -q '^! ' || { echo "FAIL [$size] no flagged statement on the page" >&2; failures=$((failures + 1)); }
    [ "$size" = 80x24 ] || expect "Sida "
    last_line | grep -qF "spara och avsluta" \
        || { echo "FAIL [$size] flagged statements: footer not on screen" >&2; failures=$((failures + 1)); }
    uncut "flagged statements"
    [ "$size" = 80x24 ] && keep 5-statements
    # The presentation view: one statement, then its answers, then back.
    keys v
    expect "Gruppens bild · påstående 1 av 13"
    refute "████"
    keys Space
    expect "████"
    uncut "presentation view"
    [ "$size" = 80x24 ] && keep 5b-presentation
    keys Escape
    expect "Gruppens bild · 3 deltagare"
    keys PPage
    sleep 0.3
    keys n
    expect "Deltagare som kommit sent, namn"
    line ""
    # Enter pages on, and from the last page goes on to consensus.
    for page in $(seq 1 15); do
        if screen | grep -qF "Samsyn 1/8"; then break; fi
        keys Enter
        sleep 0.3
    done
    framed "consensus" "Samsyn 1/8 · Tillit" "Nivå i dag (1–5) [3]:"
    [ "$size" = 80x24 ] && keep 6-consensus
    line "3"
    line "4"
    line "Olika bilder av delegering"
    for _ in $(seq 2 8); do
        expect "Nivå i dag (1–5)"
        line ""; line ""; line ""
    done
    framed "priorities" "Prioriteringar" "Principer, nummer t.ex. 1 3 (Enter = förslaget):"
    [ "$size" = 80x24 ] && keep 7-priorities
    line "1 2"
    line ""
    framed "actions" "Åtgärder 1/2" "Ny åtgärd: vad ska göras?:"
    [ "$size" = 80x24 ] && keep 8-actions
    line "1"
    expect "Vad ["
    line ""
    line "Karin"
    line ""
    line "2025-01-01"
    expect "ligger före självskattningen"
    refute "due:"
    line ""
    line ""
    line ""
    expect "Åtgärd A1 sparad."
    line ""
    expect "Åtgärder 2/2"
    line ""
    framed "summary" "RESULTAT: Exempelmyndigheten" "u: ångra"
    [ "$size" = 80x24 ] && keep 9-summary
    keys w
    expect "Sparat bredvid självskattningen:"
    expect "ledningsgruppen-plan.html"
    # Page to the end of the plan: the focus principle without an action is pointed out there.
    for page in $(seq 1 6); do
        if screen | grep -qF "Enter: avsluta"; then break; fi
        keys Space
        sleep 0.3
    done
    expect "har ingen åtgärd än"
    uncut "summary, last page"
    for name in ledningsgruppen-rapport.html ledningsgruppen-plan.md ledningsgruppen-plan.html; do
        [ -s "$dir/$name" ] || { echo "FAIL [$size] $name not written" >&2; failures=$((failures + 1)); }
    done
    keys Enter
    expect "EXIT=0"
    tm kill-session -t "$session"
}

for size in 60x20 80x24 160x48; do walk "$size"; done

if [ "$failures" -gt 0 ]; then
    echo "tmux workshop: $failures check(s) failed" >&2
    exit 1
fi
echo "tmux workshop: all checks passed"
