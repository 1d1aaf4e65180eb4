#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Makes GridShare Sans, the typeface charts, figures and reports are set in, from DejaVu Sans.

    /usr/bin/python3 make_chart_typeface.py /usr/share/fonts/truetype/dejavu  (Debian: fonts-dejavu-core,
    python3-fonttools)

Three changes, nothing else (outlines, metrics, kerning and the hinting of every size a screen or
printer uses stay DejaVu's):
- only the characters charts and reports use (Latin and its ligatures, Greek, punctuation, currency,
  arrows, maths, shapes); anything else falls back to the system's fonts, as CJK always does;
- the family renamed, as the licence asks of modified copies (LICENSE.txt);
- above 1,000 pixels per em the hinting program tells the rasteriser not to grid-fit. Qt's PDF
  writer loads every glyph it embeds at 2,048 pixels per em and runs the hinting program each time:
  three tenths of a chart's PDF export went there, to move points by less than a font unit.
"""
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.ttLib.tables import ttProgram

FAMILY = "GridShare Sans"
CHARACTERS = [*range(0x20, 0x7F), *range(0xA0, 0x300), *range(0x370, 0x400), *range(0x1D00, 0x1DC0),
              *range(0x1E00, 0x1F00), *range(0x2000, 0x2300), *range(0x25A0, 0x2700), *range(0xFB00, 0xFB07)]
# MPPEM 1000 GT IF  1 1 INSTCTRL (no grid-fitting)  ELSE  DejaVu's program  EIF
GUARD = ["MPPEM[ ]", "PUSHW[ ]", "1000", "GT[ ]", "IF[ ]", "PUSHB[ ]", "1", "1", "INSTCTRL[ ]", "ELSE[ ]"]


def make(source: Path, target: Path, style: str) -> None:
    font = TTFont(source, recalcBBoxes=False, recalcTimestamp=False)
    options = subset.Options()
    options.layout_features = ["*"]
    options.legacy_kern = True
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = True
    options.recalc_bounds = False
    options.recalc_timestamp = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=CHARACTERS)
    subsetter.subset(font)

    program = ttProgram.Program()
    program.fromAssembly(GUARD + font["prep"].program.getAssembly() + ["EIF[ ]"])
    font["prep"].program = program

    postscript = f"{FAMILY.replace(' ', '')}-{style}"
    for record in font["name"].names:
        if record.nameID in (1, 16):
            record.string = FAMILY
        elif record.nameID == 3:
            record.string = f"{FAMILY} {style}: made from {record.toUnicode()}"
        elif record.nameID == 4:
            record.string = FAMILY if style == "Regular" else f"{FAMILY} {style}"
        elif record.nameID == 6:
            record.string = postscript
    font.save(target)


def main() -> None:
    dejavu = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/dejavu")
    here = Path(__file__).resolve().parent
    make(dejavu / "DejaVuSans.ttf", here / "GridShareSans-Regular.ttf", "Regular")
    make(dejavu / "DejaVuSans-Bold.ttf", here / "GridShareSans-Bold.ttf", "Bold")
    make(dejavu / "DejaVuSans-Oblique.ttf", here / "GridShareSans-Oblique.ttf", "Oblique")


if __name__ == "__main__":
    main()
