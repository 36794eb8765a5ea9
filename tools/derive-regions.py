#!/usr/bin/env python3
"""Derive src/main/resources/identity/regions.tsv from cn-admin-divisions.dat.

Usage: tools/derive-regions.py [SOURCE.dat] [TARGET.tsv]
(defaults: /work/shared/data/cn-admin-divisions.dat, src/main/resources/identity/regions.tsv)

Keeps only codes in use today: an entry is current when it carries no date range or an
open one ("[1997-]"). A line may list several names for one code ("[-1991]东郊区,[1992-]东丽区");
the current one wins. Province (NN0000) and prefecture (NNPP00) rows are kept like counties.
The province name is the current name of the NN0000 row (simplified characters everywhere).
"""
import re
import sys

SOURCE = "/work/shared/data/cn-admin-divisions.dat"
TARGET = "src/main/resources/identity/regions.tsv"
PROVINCE = re.compile(r'^(\d{2}) province="([^"]*)"')
COUNTY = re.compile(r'^\s+(\d{4}) county="([^"]*)"')
ENTRY = re.compile(r"^(?:\[(\d{4})?-(\d{4})?\])?(.+)$")

HEADER = """\
# Administrative division codes of the People's Republic of China (GB/T 2260), current codes only.
# Columns: code<TAB>province name<TAB>name. Province rows end in 0000, prefecture rows in 00.
# Source: Wikipedia, "中华人民共和国行政区划代码" (1区–8区), licensed CC BY-SA,
#   as compiled in the python-stdnum project (stdnum/cn/loc.dat); https://creativecommons.org/licenses/by-sa/4.0/
# Derived by tools/derive-regions.py: abolished codes ([-YEAR], [YEAR-YEAR]) dropped,
#   the current name kept where a code was renamed. This file is shared under the same licence.
"""


def current_name(names):
    """The name in use today, or None when the code has been abolished."""
    for entry in reversed(names.split(",")):
        m = ENTRY.match(entry)
        if m and m.group(2) is None:
            return m.group(3).strip()
    return None


def derive(lines):
    rows, province, province_name = [], None, None
    for line in lines:
        if m := PROVINCE.match(line):
            province, province_name = m.group(1), m.group(2)
            continue
        m = COUNTY.match(line)
        if not m or province is None:
            continue
        name = current_name(m.group(2))
        if name is None:
            continue
        if m.group(1) == "0000":
            province_name = name
        rows.append((province + m.group(1), province_name, name))
    return sorted(rows)


def main(argv):
    source = argv[1] if len(argv) > 1 else SOURCE
    target = argv[2] if len(argv) > 2 else TARGET
    with open(source, encoding="utf-8") as f:
        rows = derive(f)
    with open(target, "w", encoding="utf-8", newline="\n") as out:
        out.write(HEADER)
        for code, province, name in rows:
            out.write(f"{code}\t{province}\t{name}\n")
    print(f"{len(rows)} regions written to {target}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
