#!/usr/bin/python3
"""Edits a workbook the way a person would, but in LibreOffice driven through python3-uno.

The tests use it so that what a user does to a template (typing scores, re-sorting rows, inserting rows,
renaming the sheet) is done by a real spreadsheet program, never by our own code.

Usage: /usr/bin/python3 uno_edit.py <job.json>
job.json: {
  "soffice": "/usr/bin/soffice", "profile": "/tmp/dir", "pipe": "name",
  "input": "in.xlsx", "output": "out.xlsx", "filter": "Calc MS Excel 2007 XML", "password": optional,
  "ops": [ {"op": "type_scores", "header": "Điểm tự đánh giá", "scores": {"1.1": 2}}, ... ]
}
Prints one JSON object: {"results": [...]} with one entry per op.
"""
import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import NamedValue, PropertyValue
from com.sun.star.table import TableSortField


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def url_of(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


def connect(job):
    pipe = job["pipe"]
    proc = subprocess.Popen(
        [
            job["soffice"],
            "--headless",
            "--invisible",
            "--nologo",
            "--norestore",
            "--nodefault",
            "--nolockcheck",
            "-env:UserInstallation=" + url_of(job["profile"]),
            "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 60
    while True:
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except Exception:  # noqa: BLE001 - LibreOffice is still starting; any failure means "not yet"
            if time.time() > deadline or proc.poll() is not None:
                proc.kill()
                raise
            time.sleep(0.2)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    return proc, desktop


def text_of(cell):
    return cell.getString().strip()


def norm(text):
    return " ".join(text.split()).lower()


def find_table(doc, header, code_header="STT"):
    """The sheet, header row and columns of the first sheet whose row holds `code_header` ("STT") and `header`."""
    for i in range(doc.Sheets.Count):
        sheet = doc.Sheets.getByIndex(i)
        used = used_area(sheet)
        for r in range(min(used[0] + 1, 60)):
            texts = [norm(sheet.getCellByPosition(c, r).getString()) for c in range(used[1] + 1)]
            if norm(code_header) in texts and norm(header) in texts:
                return sheet, r, texts.index(norm(code_header)), texts.index(norm(header))
    raise RuntimeError("no sheet with the header %r" % header)


def used_area(sheet):
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    addr = cursor.getRangeAddress()
    return addr.EndRow, addr.EndColumn


def code_rows(sheet, header_row, code_col):
    out = {}
    last = used_area(sheet)[0]
    for r in range(header_row + 1, last + 1):
        code = text_of(sheet.getCellByPosition(code_col, r)).rstrip(".")
        if code:
            out.setdefault(code, r)
    return out


def column_letters(col):
    out = ""
    n = col + 1
    while n > 0:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


def run_op(doc, op):
    kind = op["op"]
    if kind == "insert_row_values":
        # Inserts one row before a code's row and types a value in each column, as a person fills a new row.
        sheet, header_row, code_col, _ = find_table(doc, op["header"], op.get("codeHeader", "STT"))
        rows = code_rows(sheet, header_row, code_col)
        at = rows[op["before"]]
        sheet.Rows.insertByIndex(at, 1)
        for c, value in enumerate(op["values"]):
            if value is None:
                continue
            cell = sheet.getCellByPosition(c, at)
            if isinstance(value, str):
                cell.setString(value)
            else:
                cell.setValue(value)
        return at
    if kind == "unprotect":
        for i in range(doc.Sheets.Count):
            sheet = doc.Sheets.getByIndex(i)
            if sheet.isProtected():
                sheet.unprotect("")
        return None
    if kind == "type_scores":
        sheet, header_row, code_col, col = find_table(doc, op["header"], op.get("codeHeader", "STT"))
        rows = code_rows(sheet, header_row, code_col)
        for code, value in op["scores"].items():
            cell = sheet.getCellByPosition(col, rows[code])
            if isinstance(value, str):
                cell.setString(value)
            else:
                cell.setValue(value)
        return len(op["scores"])
    if kind == "sort_rows":
        # Re-sorts the rows from one code to another by a column, as Data > Sort does on a selection.
        sheet, header_row, code_col, _ = find_table(doc, op["header"], op.get("codeHeader", "STT"))
        rows = code_rows(sheet, header_row, code_col)
        first, last = rows[op["from"]], rows[op["to"]]
        rng = sheet.getCellRangeByPosition(0, first, used_area(sheet)[1], last)
        field = TableSortField()
        field.Field = op["byColumn"]
        field.IsAscending = not op.get("descending", False)
        field.IsCaseSensitive = False
        desc = rng.createSortDescriptor()
        for p in desc:
            if p.Name == "SortFields":
                p.Value = uno.Any("[]com.sun.star.table.TableSortField", (field,))
            elif p.Name == "ContainsHeader":
                p.Value = False
        rng.sort(desc)
        return [text_of(sheet.getCellByPosition(code_col, r)) for r in range(first, last + 1)]
    if kind == "insert_rows":
        sheet, header_row, code_col, _ = find_table(doc, op["header"], op.get("codeHeader", "STT"))
        rows = code_rows(sheet, header_row, code_col)
        sheet.Rows.insertByIndex(rows[op["before"]], op["count"])
        return None
    if kind == "rename":
        sheet, _, _, _ = find_table(doc, op["header"], op.get("codeHeader", "STT"))
        sheet.Name = op["to"]
        return sheet.Name
    if kind == "locate":
        # Where each code's entry cell stands now, as LibreOffice sees it.
        sheet, header_row, code_col, col = find_table(doc, op["header"], op.get("codeHeader", "STT"))
        rows = code_rows(sheet, header_row, code_col)
        return {
            "sheet": sheet.Name,
            "cells": {code: "%s%d" % (column_letters(col), r + 1) for code, r in rows.items()},
        }
    if kind == "keep_only":
        sheet, _, _, _ = find_table(doc, op["header"], op.get("codeHeader", "STT"))
        keep = sheet.Name
        for name in list(doc.Sheets.ElementNames):
            if name != keep:
                doc.Sheets.removeByName(name)
        return keep
    raise RuntimeError("unknown op %r" % kind)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        job = json.load(f)
    proc, desktop = connect(job)
    try:
        doc = desktop.loadComponentFromURL(url_of(job["input"]), "_blank", 0, (prop("Hidden", True),))
        if doc is None:
            raise RuntimeError("LibreOffice could not open %s" % job["input"])
        results = [run_op(doc, op) for op in job.get("ops", [])]
        doc.calculateAll()
        args = [prop("FilterName", job.get("filter", "Calc MS Excel 2007 XML")), prop("Overwrite", True)]
        if job.get("password"):
            # What File > Save with password hands the OOXML filter: an encryption key named OOXPassword.
            key = NamedValue()
            key.Name = "OOXPassword"
            key.Value = job["password"]
            kind = NamedValue()
            kind.Name = "CryptoType"
            kind.Value = "Standard"
            # A typed sequence survives only through uno.invoke; a plain tuple would arrive as []any.
            args.append(prop("EncryptionData", uno.Any("[]com.sun.star.beans.NamedValue", (key, kind))))
        uno.invoke(doc, "storeToURL", (url_of(job["output"]), tuple(args)))
        doc.close(True)
        print(json.dumps({"results": results}, ensure_ascii=False))
    finally:
        try:
            desktop.terminate()
        except Exception:  # noqa: BLE001 - the bridge drops as LibreOffice quits; that is the expected end
            pass
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == "__main__":
    main()
