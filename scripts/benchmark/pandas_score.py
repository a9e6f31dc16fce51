#!/usr/bin/env python3
"""The benchmark's reference computation in pandas: what `import` + `report` compute, done the way an
analyst would in a notebook.

Usage: pandas_score.py QUESTIONNAIRE.json SURVEY.csv

Parses the CSV (semicolon, UTF-8 with BOM), treats "Vet ej" and empty as no answer, and computes per
item the count of answers, don't-know, mean, sample standard deviation and the count per scale step,
then per principle the mean of the item means. Prints the seconds the computation took (excluding
Python's start-up and `import pandas`) as `seconds=…`, then a few figures to compare with Tillit's.
"""
import json
import sys
import time

import pandas as pd


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        questionnaire = json.load(f)
    started = time.perf_counter()
    frame = pd.read_csv(sys.argv[2], sep=";", encoding="utf-8-sig",
                        na_values=["Vet ej", "Don't know", ""], keep_default_na=False)
    by_text = {item["text"]["sv"]: item for item in questionnaire["items"]}
    columns = [column for column in frame.columns if column in by_text]
    answers = frame[columns]
    stats = pd.DataFrame({
        "answers": answers.count(),
        "dontKnow": answers.isna().sum(),
        "mean": answers.mean(),
        "sd": answers.std(ddof=1),
    })
    counts = answers.apply(lambda column: column.value_counts().reindex([1, 2, 3, 4, 5], fill_value=0))
    stats["principle"] = [by_text[column]["principle"] for column in columns]
    principles = stats.groupby("principle", sort=False)["mean"].mean()
    elapsed = time.perf_counter() - started
    print(f"seconds={elapsed:.4f}")
    print(f"respondents={len(frame)}")
    print(f"first item: mean={stats['mean'].iloc[0]:.4f} sd={stats['sd'].iloc[0]:.4f} "
          f"counts={list(counts.iloc[:, 0])}")
    for principle, mean in principles.items():
        print(f"principle {principle}: {mean:.4f}")


if __name__ == "__main__":
    main()
