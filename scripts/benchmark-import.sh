#!/usr/bin/env bash
# Benchmark: import and score 100,000 survey respondents × 48 statements, against pandas.
#
#   scripts/benchmark-import.sh [RESPONDENTS]
#
# Builds release, generates the data set (scripts/benchmark/generate.py: a 48-item custom questionnaire
# and a ~12 MB semicolon CSV with BOM, CRLF, Swedish statement headers, a role column, 2 % "Vet ej" and
# 2 % empty answers), then
#   1. runs `tillit-assess import` (and `tillit-assess report --format json` when that command exists)
#      under /usr/bin/time -v for wall time and peak memory,
#   2. runs tillit-benchmark for the time of each core stage (parse, import, importFile, score, encode,
#      decode),
#   3. runs the same computation in pandas (scripts/benchmark/pandas_score.py),
# and prints the times and their ratio. Each timed step runs five times; the best run counts.
# Not part of CI: performance figures come from release builds on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
respondents="${1:-100000}"
runs=5
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "Building release …" >&2
swift build -c release >/dev/null
bin="$(swift build -c release --show-bin-path)"
python3 -c "import pandas" 2>/dev/null || pip install --quiet pandas

python3 scripts/benchmark/generate.py "$work" "$respondents"
csv="$work/survey.csv"
questionnaire="$work/questionnaire.json"
printf 'Data set: %s respondents × 48 items, %s bytes CSV\n' "$respondents" "$(wc -c <"$csv" | tr -d ' ')"

# Runs a command under /usr/bin/time -v; prints "seconds kilobytes".
measure() {
    /usr/bin/time -v "$@" >/dev/null 2>"$work/time.txt" || { cat "$work/time.txt" >&2; exit 1; }
    local elapsed peak
    elapsed="$(grep 'Elapsed (wall clock)' "$work/time.txt" | awk '{print $NF}')"
    peak="$(grep 'Maximum resident set size' "$work/time.txt" | awk '{print $NF}')"
    python3 -c "import sys; p=sys.argv[1].split(':'); print(sum(float(x)*60**i for i,x in enumerate(reversed(p))), sys.argv[2])" \
        "$elapsed" "$peak"
}

has_report=no
if "$bin/tillit-assess" report --help >/dev/null 2>&1; then has_report=yes; fi

best_import=999; best_report=0; peak_import=0; peak_report=0; best_total=999
for _ in $(seq "$runs"); do
    read -r t_import m_import < <(measure "$bin/tillit-assess" import "$csv" --questionnaire "$questionnaire" \
        --group-column Roll -o "$work/survey.tillit.json" --force --language en)
    t_report=0; m_report=0
    if [ "$has_report" = yes ]; then
        read -r t_report m_report < <(measure "$bin/tillit-assess" report "$work/survey.tillit.json" \
            --format json --language en)
    fi
    total="$(python3 -c "print($t_import + $t_report)")"
    if python3 -c "import sys; sys.exit(0 if $total < $best_total else 1)"; then
        best_total=$total; best_import=$t_import; best_report=$t_report
        peak_import=$m_import; peak_report=$m_report
    fi
done

echo
echo "Core stages (tillit-benchmark, best of $runs):"
for _ in $(seq "$runs"); do
    "$bin/tillit-benchmark" "$questionnaire" "$csv" --group-column Roll >"$work/stages.$_.txt"
done
python3 - "$work" "$runs" <<'PY'
import sys, glob
rows = [dict(line.strip().split("=", 1) for line in open(f) if "=" in line)
        for f in sorted(glob.glob(sys.argv[1] + "/stages.*.txt"))]
for stage in ["parse", "import", "importFile", "score", "stream", "encode", "decode"]:
    print(f"  {stage:<10} {min(float(r[stage]) for r in rows) * 1000:8.1f} ms")
print(f"  assessment file: {rows[0]['bytes']} bytes")
best = min(float(r["import"]) + float(r["score"]) for r in rows)
stream = min(float(r["stream"]) for r in rows)
open(sys.argv[1] + "/core.txt", "w").write(f"{best} {stream}")
PY

best_pandas=999; best_pandas_process=999
for _ in $(seq "$runs"); do
    start=$(date +%s.%N)
    seconds="$(python3 scripts/benchmark/pandas_score.py "$questionnaire" "$csv" | sed -n 's/^seconds=//p')"
    end=$(date +%s.%N)
    process="$(python3 -c "print($end - $start)")"
    best_pandas="$(python3 -c "print(min($best_pandas, $seconds))")"
    best_pandas_process="$(python3 -c "print(min($best_pandas_process, $process))")"
done

python3 - "$best_import" "$peak_import" "$best_report" "$peak_report" "$has_report" "$best_pandas" \
    "$best_pandas_process" $(cat "$work/core.txt") <<'PY'
import sys
t_import, m_import, t_report, m_report = float(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
has_report, pandas, pandas_process = sys.argv[5] == "yes", float(sys.argv[6]), float(sys.argv[7])
core, stream = float(sys.argv[8]), float(sys.argv[9])
ours = t_import + t_report
print()
print("End to end (processes, wall clock, best run):")
print(f"  tillit-assess import          {t_import * 1000:8.0f} ms   peak {m_import / 1024:6.1f} MB")
if has_report:
    print(f"  tillit-assess report --json   {t_report * 1000:8.0f} ms   peak {m_report / 1024:6.1f} MB")
else:
    print("  tillit-assess report          (command not available in this build; import only)")
print(f"  Tillit total                  {ours * 1000:8.0f} ms")
print(f"  pandas, computation only      {pandas * 1000:8.0f} ms   (read_csv … groupby, in-process)")
print(f"  pandas, whole process         {pandas_process * 1000:8.0f} ms   (python3 start-up and import pandas too)")
print(f"  Tillit core, import + score    {core * 1000:8.0f} ms   (in-process: CSV → participants → scorecard)")
print(f"  Tillit core, streamed score    {stream * 1000:8.0f} ms   (in-process: CSV → scorecard, as pandas does)")
print()
print(f"Ratio, pandas computation / Tillit streamed:  {pandas / stream:5.2f}×")
print(f"Ratio, pandas computation / Tillit core:      {pandas / core:5.2f}×")
print(f"Ratio, pandas computation / Tillit processes: {pandas / ours:5.2f}×")
print(f"Ratio, pandas process / Tillit processes:     {pandas_process / ours:5.2f}×")
PY
