#!/usr/bin/env bash
# Benchmark: Tillit against pandas, polars and DuckDB on a large survey export, each as a whole process.
#
#   scripts/benchmark-import.sh [--respondents N] [--runs N] [--no-million] [--xlsx] [--stages]
#
# Generates the data (scripts/benchmark/generate.py: 100,000 respondents × 55 statements, a ~13 MB
# semicolon CSV with BOM and CRLF, the way Swedish Excel saves a Forms export), builds release, then in
# each round runs, as separate processes (wall clock, and peak resident memory as the system reports it
# for the process when it ends):
#   - Tillit: `tillit-assess import` (CSV → assessment file) then `tillit-assess report --format json`;
#   - pandas, polars and DuckDB (scripts/benchmark/reference.py): read the CSV and compute per item the
#     mean, sd, min, max, count and count per scale step, and per principle the mean of the item means.
# The rounds interleave the tools, so that every figure comes from the same run on the same machine;
# the table shows the median and the range over the rounds, and the ratio of each tool's median to
# Tillit's. Python libraries that are missing are installed with pip, and the script says which; a tool
# that cannot be installed is left out. Then it times 1,000,000 respondents (Tillit only; --no-million
# skips it), and checks the goals of issue 17: 100,000 respondents ≤ 0.2 s in total, ≥ 4× faster than
# polars and DuckDB, ≤ 100 MB; 1,000,000 ≤ 2 s and ≤ 200 MB; and that `report`, `plan` and `merge` (of
# one response file) need no more memory for 1,000,000 participants than for 100,000, apart from the
# filter of names that refuses a name twice, which grows with the file up to its largest size, 8 MB, at
# a file of 64 MB (NameFilter), and 4 MB for noise.
#
# --xlsx also times importing the same 100,000 rows from an .xlsx workbook (written by openpyxl, which
# takes a minute or two); --stages prints the in-process stages from tillit-benchmark.
#
# Not part of CI: timings on shared machines say little. On a busy machine expect ±20 % between runs.
set -euo pipefail
cd "$(dirname "$0")/.."

respondents=100000
runs=5
million=yes
xlsx=no
stages=no
while [ $# -gt 0 ]; do
    case "$1" in
        --respondents) respondents="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --no-million) million=no; shift ;;
        --xlsx) xlsx=yes; shift ;;
        --stages) stages=yes; shift ;;
        *) echo "usage: $0 [--respondents N] [--runs N] [--no-million] [--xlsx] [--stages]" >&2; exit 64 ;;
    esac
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The reference tools: those missing are installed, and said.
tools=()
missing=()
for tool in pandas polars duckdb; do
    if ! python3 -c "import $tool" 2>/dev/null; then missing+=("$tool"); fi
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Missing Python libraries: ${missing[*]}; installing them with pip …" >&2
    pip install --quiet "${missing[@]}" >&2 || echo "pip could not install all of them." >&2
fi
for tool in pandas polars duckdb; do
    if python3 -c "import $tool" 2>/dev/null; then tools+=("$tool"); else echo "Leaving out $tool (not installed)." >&2; fi
done

echo "Building release …" >&2
# Built as a command-line tool is shipped on Linux: release, as one static executable (the Swift runtime,
# Foundation and the C library linked in: `--static-swift-stdlib -static-executable`), so that a process
# does not spend its first milliseconds loading shared libraries and relocating their symbols — about 3
# ms a process less than with the runtime linked statically alone. In a build folder of its own, so that
# the usual release build is untouched.
build=(swift build -c release --static-swift-stdlib -Xswiftc -static-executable --scratch-path .build-static)
"${build[@]}" --product tillit-assess >/dev/null
"${build[@]}" --product tillit-benchmark >/dev/null
bin="$("${build[@]}" --show-bin-path)"

generate_flags=()
if [ "$xlsx" = yes ]; then generate_flags+=(--xlsx); fi
echo "Generating $respondents respondents …" >&2
python3 scripts/benchmark/generate.py "$work" "$respondents" 55 "${generate_flags[@]}"
csv="$work/survey.csv"
questionnaire="$work/questionnaire.json"

# Runs a command and appends "label seconds kilobytes" to results.txt: the wall-clock time from a clock
# read just before the process is started and just after it has ended, and its peak resident memory as
# the system reports it then (wait4's rusage, which is what /usr/bin/time -v prints). From Python, whose
# own start is outside the interval. The process is not run under /usr/bin/time, which would add a
# process of its own to each measurement (about 1 ms), and which gives the time in whole hundredths only.
measure() {
    local label="$1"
    shift
    python3 - "$label" "$@" >>"$work/results.txt" <<'PY'
import os, subprocess, sys, tempfile, time
label, command = sys.argv[1], sys.argv[2:]
with tempfile.TemporaryFile() as errors:
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        errors.seek(0)
        sys.stderr.write(errors.read().decode(errors="replace"))
        sys.exit(1)
print(label, seconds, usage.ru_maxrss)
PY
}

tillit() {
    local prefix="$1" input="$2"
    measure "$prefix-import" "$bin/tillit-assess" import "$input" --questionnaire "$questionnaire" \
        --group-column Roll -o "$work/survey.tillit.json" --force --language en
    measure "$prefix-report" "$bin/tillit-assess" report "$work/survey.tillit.json" --format json --language en
}

# A response file answering every statement of $1's questionnaire, for `merge`.
response() {
    python3 - "$1" "$2" <<'PY'
import json, sys
q = json.load(open(sys.argv[1]))
ids = [item["id"] for item in q["items"]]
print(json.dumps({"kind": "tillit-response", "formatVersion": 1, "questionnaireID": q["id"],
                  "questionnaireVersion": q["version"], "itemIDs": ids, "date": "2026-11-28",
                  "participant": {"name": sys.argv[2], "role": "chef", "answers": [3] * len(ids)}}))
PY
}

# plan and merge of one response on an imported file, whose size is in the label.
others() {
    local size="$1" file="$2" questionnaire_file="$3"
    measure "$size-plan" "$bin/tillit-assess" plan "$file" --format json --language en
    response "$questionnaire_file" "Ny $RANDOM$RANDOM" >"$work/response.json"
    measure "$size-merge" "$bin/tillit-assess" merge "$file" "$work/response.json" --language en
}

: >"$work/results.txt"
echo "Timing $runs rounds …" >&2
for _ in $(seq "$runs"); do
    tillit tillit "$csv"
    for tool in "${tools[@]}"; do measure "$tool" python3 scripts/benchmark/reference.py "$tool" "$questionnaire" "$csv"; done
    if [ "$xlsx" = yes ]; then
        measure xlsx-import "$bin/tillit-assess" import "$work/survey.xlsx" --questionnaire "$questionnaire" \
            --group-column Roll -o "$work/survey-xlsx.tillit.json" --force --language en
    fi
done

others small "$work/survey.tillit.json" "$questionnaire"

if [ "$stages" = yes ]; then
    for round in $(seq "$runs"); do
        "$bin/tillit-benchmark" "$questionnaire" "$csv" --group-column Roll >"$work/stages.$round.txt"
    done
fi

if [ "$million" = yes ]; then
    echo "Generating and timing 1,000,000 respondents …" >&2
    mkdir -p "$work/million"
    python3 scripts/benchmark/generate.py "$work/million" 1000000 55
    questionnaire_million="$work/million/questionnaire.json"
    for _ in $(seq 3); do
        measure million-import "$bin/tillit-assess" import "$work/million/survey.csv" \
            --questionnaire "$questionnaire_million" --group-column Roll -o "$work/million.tillit.json" \
            --force --language en
        measure million-report "$bin/tillit-assess" report "$work/million.tillit.json" --format json --language en
    done
    others million "$work/million.tillit.json" "$questionnaire_million"
    rm -f "$work/million/survey.csv"
fi

python3 - "$work" "$respondents" "$(wc -c <"$csv" | tr -d ' ')" "$(wc -c <"$work/survey.tillit.json" | tr -d ' ')" \
    "$runs" "$stages" <<'PY'
import glob, statistics, sys
work, respondents, csv_bytes, file_bytes, runs, stages = sys.argv[1:7]
rows = {}
for line in open(work + "/results.txt"):
    label, seconds, kilobytes = line.split()
    rows.setdefault(label, []).append((float(seconds), int(kilobytes) / 1024))
def seconds(label): return [s for s, _ in rows.get(label, [])]
def peak(label): return max((m for _, m in rows.get(label, [])), default=0)
def span(values): return f"{min(values):.3f}–{max(values):.3f} s" if values else ""
def median(values): return statistics.median(values) if values else float("nan")

print(f"Data: {int(respondents):,} respondents × 55 statements, {int(csv_bytes) / 1e6:.1f} MB CSV "
      f"(assessment file {int(file_bytes) / 1e6:.1f} MB); {runs} rounds, median (range), whole processes.")
print()
totals = [i + r for i, r in zip(seconds("tillit-import"), seconds("tillit-report"))]
ours = median(totals)
ours_peak = max(peak("tillit-import"), peak("tillit-report"))
print("| | import | report | total | peak memory | time vs Tillit |")
print("|---|---|---|---|---|---|")
print(f"| Tillit (`import` then `report --format json`) | {median(seconds('tillit-import')):.3f} s "
      f"| {median(seconds('tillit-report')):.3f} s | **{ours:.3f} s** ({span(totals)}) "
      f"| {peak('tillit-import'):.0f} / {peak('tillit-report'):.0f} MB | 1× |")
names = {"polars": "polars (read, per-item mean/sd/min/max/count/value counts, per-principle mean)",
         "duckdb": "DuckDB (the same aggregates in SQL over `read_csv`)", "pandas": "pandas (the same)"}
ratios = {}
for tool in ["polars", "duckdb", "pandas"]:
    if tool not in rows:
        print(f"| {names[tool]} | | | not installed | | |")
        continue
    ratios[tool] = median(seconds(tool)) / ours
    print(f"| {names[tool]} | | | {median(seconds(tool)):.3f} s ({span(seconds(tool))}) | {peak(tool):.0f} MB "
          f"| {ratios[tool]:.2f}× |")
for size, name in [("small", f"{int(respondents):,}"), ("million", "1,000,000")]:
    if f"{size}-plan" in rows:
        print(f"| Tillit `plan --format json` and `merge` of one response, {name} participants "
              f"| | {median(seconds(size + '-plan')):.3f} / {median(seconds(size + '-merge')):.3f} s | "
              f"| {peak(size + '-plan'):.0f} / {peak(size + '-merge'):.0f} MB | |")
if "xlsx-import" in rows:
    print(f"| Tillit `import` of the same rows as .xlsx | {median(seconds('xlsx-import')):.3f} s "
          f"({span(seconds('xlsx-import'))}) | | | {peak('xlsx-import'):.0f} MB | |")
million = None
if "million-import" in rows:
    million_totals = [i + r for i, r in zip(seconds("million-import"), seconds("million-report"))]
    million = (median(million_totals), max(peak("million-import"), peak("million-report")))
    print(f"| Tillit, 1,000,000 respondents | {median(seconds('million-import')):.2f} s "
          f"| {median(seconds('million-report')):.2f} s | {million[0]:.2f} s ({span(million_totals)}) "
          f"| {peak('million-import'):.0f} / {peak('million-report'):.0f} MB | |")

if stages == "yes":
    print()
    print("In-process stages (tillit-benchmark, median):")
    results = [dict(line.strip().split("=", 1) for line in open(f) if "=" in line)
               for f in sorted(glob.glob(work + "/stages.*.txt"))]
    for stage in results[0]:
        try:
            values = [float(r[stage]) for r in results]
        except ValueError:
            continue
        if stage in ("records", "participants", "items", "bytes", "reportBytes", "principleIndex"):
            continue
        print(f"  {stage:<18} {median(values) * 1000:8.1f} ms")

def verdict(ok): return "met" if ok else "NOT met"
print()
print("Goals (issue 17):")
print(f"  {int(respondents):,}: import + report ≤ 0.2 s: {ours:.3f} s — {verdict(ours <= 0.2)}")
for tool in ["polars", "duckdb"]:
    if tool in ratios:
        print(f"  {int(respondents):,}: ≥ 4× faster than {tool}: {ratios[tool]:.2f}× — {verdict(ratios[tool] >= 4)}")
print(f"  {int(respondents):,}: peak memory ≤ 100 MB: {ours_peak:.0f} MB — {verdict(ours_peak <= 100)}")
if million:
    print(f"  1,000,000: import + report ≤ 2 s: {million[0]:.2f} s — {verdict(million[0] <= 2)}")
    print(f"  1,000,000: peak memory ≤ 200 MB: {million[1]:.0f} MB — {verdict(million[1] <= 200)}")
    # Memory that does not grow with the participants: no more at 1,000,000 than at 100,000 but the
    # filter of names growing to its largest size (8 MB; the 100,000's file gets 0.5 MB) and 4 MB for
    # noise. The file itself does not count, not even for merge, which writes it whole: every pass over
    # it (the check, the rows, merge's copy) hands its pages back to the system every 4 MB.
    allowance = 8 + 4
    for command, label in [("report", "tillit-report"), ("plan", "plan"), ("merge", "merge")]:
        small_label = label if label.startswith("tillit") else "small-" + label
        big_label = "million-report" if command == "report" else "million-" + label
        small, big = peak(small_label), peak(big_label)
        print(f"  {command} at 1,000,000 vs 100,000: {big:.0f} vs {small:.0f} MB "
              f"(allowed growth {allowance:.0f} MB) — {verdict(big - small <= allowance)}")
PY
