#!/usr/bin/env python3
"""Generates the import benchmark's data set: a 48-item questionnaire and a survey export.

Usage: generate.py OUTDIR [RESPONDENTS]

Writes OUTDIR/questionnaire.json (a custom questionnaire: six statements for each of the eight
principles, 48 in all) and OUTDIR/survey.csv: what Swedish Excel saves as "CSV UTF-8 (semicolon)" -- a
BOM, semicolons, CRLF, one column per statement headed by its Swedish text, plus a respondent id and a
role column. Answers are 1-5 (96 %), "Vet ej" (2 %) and empty (2 %). The data are reproducible: the
random generator is seeded.
"""
import json
import os
import random
import sys

PRINCIPLES = ["tillit", "medborgarfokus", "helhetssyn", "handlingsutrymme", "stod", "kunskap",
              "oppenhet", "langsiktighet"]
ROLES = ["ledningsgrupp", "chefer", "medarbetare", "specialister"]


def main():
    outdir = sys.argv[1]
    respondents = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    os.makedirs(outdir, exist_ok=True)
    items = []
    for principle in PRINCIPLES:
        for number in range(1, 7):
            items.append({
                "id": f"{principle}-{number}",
                "principle": principle,
                "text": {
                    "sv": f"Påstående {number} om {principle}: hos oss märks principen i vardagen.",
                    "en": f"Statement {number} on {principle}: the principle shows in our daily work.",
                },
            })
    questionnaire = {
        "id": "benchmark-48", "version": 1,
        "title": {"sv": "Prestandamätning, 48 påståenden", "en": "Benchmark, 48 statements"},
        "scale": "agreement-5", "items": items,
    }
    with open(os.path.join(outdir, "questionnaire.json"), "w", encoding="utf-8") as f:
        json.dump(questionnaire, f, ensure_ascii=False, indent=2)

    rng = random.Random(2019_43)
    # Weighted answers; each principle leans a little differently so the means differ.
    answers = [str(v) for v in range(1, 6)]
    header = ["Respondent-ID", "Roll"] + [item["text"]["sv"] for item in items]
    with open(os.path.join(outdir, "survey.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write(";".join(header) + "\r\n")
        lean = [rng.uniform(0.5, 2.0) for _ in items]
        choices = []
        for tilt in lean:
            weights = [1.0, 1.5 * tilt, 2.0, 2.0 * tilt, 1.2]
            population = answers + ["Vet ej", ""]
            total = sum(weights)
            scaled = [w / total * 0.96 for w in weights] + [0.02, 0.02]
            choices.append((population, scaled))
        columns = [rng.choices(population, scaled, k=respondents) for population, scaled in choices]
        roles = rng.choices(ROLES, [1, 5, 80, 14], k=respondents)
        lines = []
        for row in range(respondents):
            fields = [str(100_000 + row), roles[row]] + [column[row] for column in columns]
            lines.append(";".join(fields))
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    main()
