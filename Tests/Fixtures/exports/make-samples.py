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
labels_sv = {1: "Stämmer inte alls", 2: "Stämmer ganska dåligt", 3: "Stämmer delvis", 4: "Stämmer ganska bra",
             5: "Stämmer helt", None: "Vet ej"}
labels_en = {1: "Not at all true", 2: "Mostly untrue", 3: "Partly true", 4: "Mostly true",
             5: "Completely true", None: ""}
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

# Written the way Excel writes a workbook (not by Excel: the parts are modelled on Excel 365's): shared
# strings with a rich-text run and a phonetic guide, a line break escaped as _x000D_, an entity, a
# formula with its cached text result, numbers without a type, cells left out and a blank row.
def excel_style():
    import zipfile
    strings = (["ID", "Starttid", "Roll"] + sv + ["Chefer", "Medarbetare"]
               + [labels_sv[value] for value in (1, 2, 3, 4, 5)])
    def index(text):
        return strings.index(text)
    def shared(text):
        escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        if text == sv[0]:
            # Excel splits text formatted in two styles into runs.
            half = len(escaped) // 2
            return ('<si><r><t>%s</t></r><r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve">%s</t></r>'
                    '<rPh sb="0" eb="1"><t>フリガナ</t></rPh></si>' % (escaped[:half], escaped[half:]))
        return '<si><t>%s</t></si>' % escaped
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">'
           % (len(strings), len(strings)) + "".join(shared(text) for text in strings) + "</sst>")
    letters = "ABCDEFGHIJ"
    rows = ['<row r="1" spans="1:7" x14ac:dyDescent="0.25">' + "".join(
        '<c r="%s1" t="s"><v>%d</v></c>' % (letters[column], index(text))
        for column, text in enumerate(["ID", "Starttid", "Roll"] + sv)) + "</row>"]
    line = 2
    for number, (name, mail, role, answers) in enumerate(respondents, start=1):
        cells = ['<c r="A%d"><v>%d</v></c>' % (line, number),
                 '<c r="B%d" s="1"><v>%.6f</v></c>' % (line, 46083.385 + number / 1000),
                 '<c r="C%d" t="str"><f>IF(A%d=1,"Chefer","Medarbetare")</f><v>%s</v></c>' % (line, line, role)]
        for column, value in enumerate(answers, start=3):
            if value is not None:
                cells.append('<c r="%s%d" t="s"><v>%d</v></c>' % (letters[column], line, index(labels_sv[value])))
        rows.append('<row r="%d" spans="1:7">%s</row>' % (line, "".join(cells)))
        line += 2 if number == 1 else 1  # a blank row after the first respondent
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
             'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr" '
             'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '
             'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">'
             '<dimension ref="A1:G5"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>'
             '<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><sheetData>'
             + "".join(rows) + '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" '
             'header="0.3" footer="0.3"/></worksheet>')
    workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27425"/>'
                '<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    relationships = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                     '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                     '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                     'relationships/sharedStrings" Target="sharedStrings.xml"/>'
                     '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                     'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/></Types>')
    with zipfile.ZipFile("excel-style.xlsx", "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in [("[Content_Types].xml", content_types), ("xl/workbook.xml", workbook),
                           ("xl/_rels/workbook.xml.rels", relationships), ("xl/worksheets/sheet1.xml", sheet),
                           ("xl/sharedStrings.xml", sst)]:
            info = zipfile.ZipInfo(name, date_time=(2026, 3, 2, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))


excel_style()

# Written by LibreOffice Calc (headless), when it is installed: the SurveyMonkey CSV converted to a
# workbook (two header rows in cells), and the Forms workbook opened and saved again.
import os
import shutil
import subprocess
import tempfile

if shutil.which("soffice"):
    with tempfile.TemporaryDirectory() as folder:
        for source, target, options in [
            ("surveymonkey.csv", "surveymonkey-libreoffice.xlsx", ["--infilter=CSV:44,34,76,1"]),
            ("microsoft-forms.xlsx", "microsoft-forms-libreoffice.xlsx", []),
        ]:
            os.makedirs(os.path.join(folder, "in"), exist_ok=True)
            shutil.copy(source, os.path.join(folder, "in", source))
            subprocess.run(["soffice", "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML"] + options
                           + ["--outdir", os.path.join(folder, "out"), os.path.join(folder, "in", source)],
                           check=True, capture_output=True)
            shutil.copy(os.path.join(folder, "out", os.path.splitext(source)[0] + ".xlsx"), target)
else:
    print("soffice not found: the LibreOffice samples were left as they were")
