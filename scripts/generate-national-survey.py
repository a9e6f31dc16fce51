#!/usr/bin/env python3
"""Writes Sources/TillitCore/Resources/NationalSurvey/survey-2019.json from ../shared/domain/survey-2019.json.

    python3 scripts/generate-national-survey.py [path/to/survey-2019.json]

The package's data file is in the shape of `NationalSurvey` (Codable), one segment a line so that a
reviewer reads it as a table; it is compiled into the binary, so the build never reads outside the
repository. The figures are copied as the source prints them; notes on rows whose figures do not add up
are kept. `swift test` checks the package's file against the shared one when that is present.
"""
import json
import sys
import unicodedata
from pathlib import Path

root = Path(__file__).resolve().parent.parent
source = Path(sys.argv[1]) if len(sys.argv) > 1 else root.parent / "shared" / "domain" / "survey-2019.json"
target = root / "Sources" / "TillitCore" / "Resources" / "NationalSurvey" / "survey-2019.json"
data = json.loads(source.read_text(encoding="utf-8"))

SIZE_IDS = ["1-20", "21-50", "51-100", "101-500", "501-1000", "1001-"]


def slug(text):
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return "".join(c if c.isalnum() else "-" for c in text).strip("-")


def count(row):
    out = {"n": row["n"], "yes": row["yes"], "no": row["no"], "yesPercent": row["yes_pct"]}
    if row.get("note"):
        out["note"] = row["note"]
    return out


def segments(rows, ids):
    return [{"id": ident, "label": {"sv": row["label_sv"], "en": row["label_en"]}, "count": count(row)}
            for row, ident in zip(rows, ids)]


questions = []
for q in data["questions"]:
    number = int(q["id"][1:])
    seg = q["segments"]
    question = {
        "id": f"q{number}", "number": number, "text": {"sv": q["text_sv"], "en": q["text_en"]},
        "source": q["source_ref"], "total": count(q["total"]),
        "employees": segments(seg["employees"], SIZE_IDS),
        "agencyTypes": segments(seg["agency_type"], [slug(r["label_sv"]) for r in seg["agency_type"]]),
        "departments": segments(seg["department"], [slug(r["label_sv"]) for r in seg["department"]]),
    }
    note = " ".join(x for x in [q.get("note"), q.get("segments_note")] if x)
    if note:
        question["note"] = note
    questions.append(question)


def j(value):
    return json.dumps(value, ensure_ascii=False)


lines = ["{",
         f'  "source": "SOU 2019:43 Bilaga 5", "year": 2019, "fielded": {j(data["fielded"])},',
         f'  "population": {data["population"]}, "respondents": {data["respondents"]},',
         '  "questions": [']
for qi, q in enumerate(questions):
    lines += ["    {",
              f'      "id": {j(q["id"])}, "number": {q["number"]},',
              f'      "text": {j(q["text"])},',
              f'      "source": {j(q["source"])},',
              f'      "total": {j(q["total"])},']
    keys = ["employees", "agencyTypes", "departments"]
    for ki, key in enumerate(keys):
        lines.append(f'      "{key}": [')
        rows = q[key]
        lines += [f"        {j(row)}" + ("," if ri + 1 < len(rows) else "") for ri, row in enumerate(rows)]
        last = ki + 1 == len(keys) and "note" not in q
        lines.append("      ]" + ("" if last else ","))
    if "note" in q:
        lines.append(f'      "note": {j(q["note"])}')
    lines.append("    }" + ("," if qi + 1 < len(questions) else ""))
lines += ["  ]", "}", ""]
target.parent.mkdir(parents=True, exist_ok=True)
target.write_text("\n".join(lines), encoding="utf-8")
json.loads(target.read_text(encoding="utf-8"))  # the file must be valid JSON
print(f"wrote {target.relative_to(root)}")
