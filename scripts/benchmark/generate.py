#!/usr/bin/env python3
"""Generates the import benchmark's data set: a questionnaire and a survey export.

Usage: generate.py OUTDIR [RESPONDENTS] [ITEMS] [--xlsx]

Writes OUTDIR/questionnaire.json (a custom questionnaire of ITEMS statements, 55 unless told -- as many
as the standard questionnaire -- spread over the eight principles) and OUTDIR/survey.csv: what Swedish Excel saves as "CSV UTF-8 (semicolon)" -- a
BOM, semicolons, CRLF, one column per statement headed by its Swedish text, plus a respondent id and a
role column. Answers are 1-5 (96 %), "Vet ej" (2 %) and empty (2 %). The data are reproducible: the
random generator is seeded. With --xlsx also OUTDIR/survey.xlsx, the same rows as a workbook written
by openpyxl (numbers as numeric cells, "Vet ej" as a shared string, empty answers left out), the way a
Forms or Netigate download looks.
"""
import json
import os
import random
import sys

PRINCIPLES = ["tillit", "medborgarfokus", "helhetssyn", "handlingsutrymme", "stod", "kunskap",
              "oppenhet", "langsiktighet"]
ROLES = ["ledningsgrupp", "chefer", "medarbetare", "specialister"]


def main():
    arguments = [argument for argument in sys.argv[1:] if argument != "--xlsx"]
    outdir = arguments[0]
    respondents = int(arguments[1]) if len(arguments) > 1 else 100_000
    count = int(arguments[2]) if len(arguments) > 2 else 55
    os.makedirs(outdir, exist_ok=True)
    items = []
    for index, principle in enumerate(PRINCIPLES):
        # 55 items: seven for each principle but the last, which has six.
        share = count // len(PRINCIPLES) + (1 if index < count % len(PRINCIPLES) else 0)
        for number in range(1, share + 1):
            items.append({
                "id": f"{principle}-{number}",
                "principle": principle,
                "text": {
                    "sv": f"Påstående {number} om {principle}: hos oss märks principen i vardagen.",
                    "en": f"Statement {number} on {principle}: the principle shows in our daily work.",
                },
            })
    questionnaire = {
        "id": f"benchmark-{count}", "version": 1,
        "title": {"sv": f"Prestandamätning, {count} påståenden", "en": f"Benchmark, {count} statements"},
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

    if "--xlsx" in sys.argv:
        write_xlsx(os.path.join(outdir, "survey.xlsx"), header, roles, columns, respondents)


def write_xlsx(path, header, roles, columns, respondents):
    """The same rows as a workbook, streamed by openpyxl's write-only mode."""
    from openpyxl import Workbook
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Svar")
    sheet.append(header)
    for row in range(respondents):
        answers = [int(column[row]) if column[row].isdigit() else (column[row] or None) for column in columns]
        sheet.append([100_000 + row, roles[row]] + answers)
    workbook.save(path)


if __name__ == "__main__":
    main()
