#!/usr/bin/env python3
"""The benchmark's reference computations: what `import` + `report` compute, done the way an analyst
would with pandas, polars or DuckDB. Timed by scripts/benchmark-import.sh as a whole process (start-up
and the library's import included), as Tillit's two processes are.

Usage: reference.py pandas|polars|duckdb QUESTIONNAIRE.json SURVEY.csv

Reads the CSV (semicolon, UTF-8 with BOM), treats "Vet ej" and empty as no answer, and computes per item
the mean, sample standard deviation, minimum, maximum, count of answers and count per scale step, then
per principle the mean of the item means. Prints the principle means, so that the three and Tillit can
be compared.
"""
import json
import sys

NULLS = ["Vet ej", ""]
STEPS = [1, 2, 3, 4, 5]


def with_pandas(path, columns):
    import pandas as pd
    frame = pd.read_csv(path, sep=";", encoding="utf-8-sig", na_values=NULLS, keep_default_na=False,
                        usecols=columns)
    answers = frame[columns]
    stats = pd.DataFrame({"mean": answers.mean(), "sd": answers.std(ddof=1), "min": answers.min(),
                          "max": answers.max(), "count": answers.count()})
    counts = answers.apply(lambda column: column.value_counts().reindex(STEPS, fill_value=0))
    return dict(stats["mean"]), int(counts.values.sum())


def with_polars(path, columns):
    import polars as pl
    frame = pl.read_csv(path, separator=";", null_values=NULLS, columns=columns)
    expressions = []
    for index, column in enumerate(columns):
        c = pl.col(column)
        expressions += [c.mean().alias(f"mean{index}"), c.std().alias(f"sd{index}"),
                        c.min().alias(f"min{index}"), c.max().alias(f"max{index}"),
                        c.count().alias(f"count{index}")]
        expressions += [(c == step).sum().alias(f"n{index}_{step}") for step in STEPS]
    row = frame.select(expressions).row(0, named=True)
    counted = sum(row[f"n{index}_{step}"] for index in range(len(columns)) for step in STEPS)
    return {column: row[f"mean{index}"] for index, column in enumerate(columns)}, counted


def with_duckdb(path, columns):
    import duckdb
    parts = []
    for index, column in enumerate(columns):
        c = '"' + column.replace('"', '""') + '"'
        parts += [f"avg({c}) AS mean{index}", f"stddev_samp({c}) AS sd{index}", f"min({c}) AS min{index}",
                  f"max({c}) AS max{index}", f"count({c}) AS count{index}"]
        parts += [f"count_if({c} = {step}) AS n{index}_{step}" for step in STEPS]
    source = path.replace("'", "''")
    query = (f"SELECT {', '.join(parts)} FROM read_csv('{source}', delim=';', header=true, "
             f"nullstr=['Vet ej', ''])")
    cursor = duckdb.connect().execute(query)
    names = [description[0] for description in cursor.description]
    row = dict(zip(names, cursor.fetchone()))
    counted = sum(row[f"n{index}_{step}"] for index in range(len(columns)) for step in STEPS)
    return {column: row[f"mean{index}"] for index, column in enumerate(columns)}, counted


def main():
    engine, questionnaire_path, csv = sys.argv[1:4]
    with open(questionnaire_path, encoding="utf-8") as f:
        items = json.load(f)["items"]
    columns = [item["text"]["sv"] for item in items]
    means, counted = {"pandas": with_pandas, "polars": with_polars, "duckdb": with_duckdb}[engine](csv, columns)
    principles = {}
    for item in items:
        principles.setdefault(item["principle"], []).append(means[item["text"]["sv"]])
    print(f"answers counted per step: {counted}")
    for principle, values in principles.items():
        print(f"{principle}: {sum(values) / len(values):.4f}")


if __name__ == "__main__":
    main()
