#!/usr/bin/env python3
"""Maintenance of GridShare's .ts files between lupdate runs (see README, "Translations").

  ts_tool.py todo    FILE.ts OUT.json   unfinished messages as [{context, source, comment}]
  ts_tool.py fill    FILE.ts IN.json    set translations from [{context, source, translation}]
  ts_tool.py english FILE.ts            English is the source language: each translation = source
"""
import json
import sys
import xml.etree.ElementTree as ET

HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def messages(root):
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def save(tree, path):
    ET.indent(tree, space="    ")
    with open(path, "w", encoding="utf-8") as out:
        out.write(HEADER + ET.tostring(tree.getroot(), encoding="unicode") + "\n")


def finish(message, text):
    translation = message.find("translation")
    translation.text = text
    translation.attrib.pop("type", None)


def main(command, path, other=None):
    tree = ET.parse(path)
    if command == "todo":
        todo = [{"context": c, "source": m.findtext("source"), "comment": m.findtext("comment") or ""}
                for c, m in messages(tree.getroot()) if m.find("translation").get("type") == "unfinished"]
        with open(other, "w", encoding="utf-8") as out:
            json.dump(todo, out, ensure_ascii=False, indent=1)
        print(f"{len(todo)} unfinished")
        return
    if command == "fill":
        with open(other, encoding="utf-8") as f:
            done = {(t["context"], t["source"]): t["translation"] for t in json.load(f) if t.get("translation")}
        filled = 0
        for c, m in messages(tree.getroot()):
            if (c, m.findtext("source")) in done:
                finish(m, done[(c, m.findtext("source"))])
                filled += 1
        print(f"{filled} filled")
    elif command == "english":
        for _, m in messages(tree.getroot()):
            finish(m, m.findtext("source"))
    else:
        sys.exit(__doc__)
    save(tree, path)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(*sys.argv[1:4])
