#!/usr/bin/env python3
"""Writes the sample survey exports in this folder, each the way its tool writes it.

Run from this folder: python3 make-samples.py (the .xlsx files need `pip install openpyxl`).
Every sample holds the same three respondents answering questionnaire.json, so that one
test expectation fits them all (see README.md).
"""
import csv
import datetime
import io
import json

import openpyxl

questionnaire = json.load(open("questionnaire.json", encoding="utf-8"))
items = questionnaire["items"]
sv = [item["text"]["sv"] for item in items]
en = [item["text"]["en"] for item in items]
labels_sv = {1: "Stämmer inte alls", 2: "Stämmer dåligt", 3: "Stämmer delvis", 4: "Stämmer ganska bra",
             5: "Stämmer helt", None: "Vet ej"}
labels_en = {1: "Strongly disagree", 2: "Disagree", 3: "Neither agree nor disagree", 4: "Agree",
             5: "Strongly agree", None: ""}
respondents = [
    ("Anna Ek", "anna.ek@myndigheten.se", "Chefer", [5, 4, 3, 2]),
    ("Åsa Öberg", "asa.oberg@myndigheten.se", "Medarbetare", [4, None, 2, 1]),
    ("Bo Ström", "bo.strom@myndigheten.se", "Medarbetare", [3, 3, 5, None]),
]
started = datetime.datetime(2026, 3, 2, 9, 14, 5)


def write_csv(name, rows, encoding, delimiter=",", quoting=csv.QUOTE_MINIMAL, prefix="", newline="\r\n"):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, quoting=quoting, lineterminator=newline)
    writer.writerows(rows)
    with open(name, "w", encoding=encoding, newline="") as file:
        file.write(prefix + buffer.getvalue())


# Microsoft Forms, "Öppna i Excel": one sheet, ID and times first, one column per Likert statement.
workbook = openpyxl.Workbook()
sheet = workbook.active
sheet.title = "Sheet1"
sheet.append(["ID", "Starttid", "Sluttid", "E-post", "Namn", "Roll"] + sv + ["Kommentar"])
for number, (name, mail, role, answers) in enumerate(respondents, start=1):
    when = started + datetime.timedelta(minutes=7 * number)
    comment = "Bra frågor.\nMen många." if number == 1 else None
    sheet.append([number, when, when + datetime.timedelta(minutes=4), mail, name, role]
                 + [labels_sv[value] for value in answers] + [comment])
workbook.save("microsoft-forms.xlsx")

# The same answers as numbers, with an unanswered cell left out (a gap in the row) and the answers on
# the second sheet, after an information sheet, as tools that export "raw data" do.
workbook = openpyxl.Workbook()
info = workbook.active
info.title = "Information"
info.append(["Enkät", "Tillit 2026"])
info.append(["Svar", len(respondents)])
data = workbook.create_sheet("Svar")
data.append(["Respondent", "Roll"] + [item["id"] for item in items])
for number, (name, mail, role, answers) in enumerate(respondents, start=1):
    data.cell(row=number + 1, column=1, value=number)
    data.cell(row=number + 1, column=2, value=role)
    for column, value in enumerate(answers, start=3):
        if value is not None:
            data.cell(row=number + 1, column=column, value=value)
workbook.save("two-sheets-numbers.xlsx")

# Swedish Excel, "CSV (semikolonavgränsad)": Windows-1252, semicolons, CRLF, and a sep=; line.
rows = [["ID", "Starttid", "E-post", "Namn", "Roll"] + sv]
for number, (name, mail, role, answers) in enumerate(respondents, start=1):
    rows.append([str(number), "2026-03-02 09:%02d" % (14 + number), mail, name, role]
                + [labels_sv[value] for value in answers])
write_csv("excel-swedish.csv", rows, "cp1252", delimiter=";", prefix="sep=;\r\n")

# SurveyMonkey, "All individual responses", CSV, expanded: two header rows; the statements are the
# rows of one matrix question, the role a question of its own.
matrix = "Hur väl stämmer påståendena in på din arbetsplats?"
first = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address",
         "First Name", "Last Name", "Custom Data 1", matrix] + [""] * (len(sv) - 1) + [
         "Vilken roll har du?", "Något mer du vill säga?"]
second = [""] * 9 + sv + ["Response", "Open-Ended Response"]
rows = [first, second]
for number, (name, mail, role, answers) in enumerate(respondents, start=1):
    rows.append([str(114000000000 + number), "431234567", "03/02/2026 09:14:05 AM",
                 "03/02/2026 09:20:11 AM", "", "", "", "", ""]
                + [labels_sv[value] if value else "" for value in answers] + [role, ""])
write_csv("surveymonkey.csv", rows, "utf-8-sig")

# LimeSurvey, "Export responses", CSV, headings "Question code", responses "Answer codes": the array
# question G02Q02 with sub-questions coded as the item ids without hyphens, and answer options A1–A5.
codes = [item["id"].replace("-", "") for item in items]
rows = [["id", "submitdate", "lastpage", "startlanguage", "seed", "G01Q01"]
        + ["G02Q02[%s]" % code for code in codes]]
for number, (name, mail, role, answers) in enumerate(respondents, start=1):
    rows.append([str(number), "2026-03-02 09:%02d:05" % (14 + number), "2", "sv", "12345", role]
                + ["A%d" % value if value else "" for value in answers])
write_csv("limesurvey-codes.csv", rows, "utf-8-sig", quoting=csv.QUOTE_ALL, newline="\n")

# LimeSurvey with headings "Full question text" and responses "Full answers": `Question [Statement]`.
question = "Hur väl stämmer följande?"
rows = [["Svar-ID", "Datum inskickat", "Roll"] + ["%s [%s]" % (question, text) for text in sv]]
for number, (name, mail, role, answers) in enumerate(respondents, start=1):
    rows.append([str(number), "2026-03-02 09:%02d:05" % (14 + number), role]
                + [labels_sv[value] if value else "" for value in answers])
write_csv("limesurvey-full-text.csv", rows, "utf-8-sig", quoting=csv.QUOTE_ALL, newline="\n")

# Google Forms, "Download responses (.csv)": a multiple-choice grid headed `Title [row]`, in English.
grid = "How well do these statements describe your workplace?"
rows = [["Timestamp", "Email Address", "Role"] + ["%s [%s]" % (grid, text) for text in en]]
for number, (name, mail, role, answers) in enumerate(respondents, start=1):
    rows.append(["2026/03/02 9:%02d:05 AM CET" % (14 + number), mail, role]
                + [labels_en[value] for value in answers])
write_csv("google-forms-grid.csv", rows, "utf-8", newline="\n")
