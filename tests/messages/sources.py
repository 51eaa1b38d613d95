#!/usr/bin/env python3
"""Every message of the catalogues (msgctxt "msg" in nb.po) is a string the
sources write: a msgid that no C literal of src/ spells (adjacent literals
joined, as the compiler joins them) is a message whose English changed and
whose translation is no longer used. The C library's error texts
(strerror, "#: strerror") are not in src/ and are skipped.
    sources.py SRC_DIR"""
import re
import sys

src = sys.argv[1]
import glob

literal = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
seen = set()
for path in glob.glob(src + "/src/**/*.c", recursive=True) + glob.glob(src + "/src/**/*.h", recursive=True):
    text = open(path, encoding="utf-8").read()
    # a macro that is a string ("unknown key (" KEYS ")"): its literals in place
    macros = [(d.group(1), re.sub(r'\\\n', ' ', d.group(2)).strip())
              for d in re.finditer(r'#define (\w+) ((?:"(?:[^"\\\n]|\\.)*"[ \t]*(?:\\\n[ \t]*)?)+)\n', text)]
    for name, body in macros:
        text = re.sub(r'\b%s\b' % name, lambda _m, b=body: b, text)
    pos = 0
    while True:
        m = literal.search(text, pos)
        if not m:
            break
        parts = [m.group(1)]
        end = m.end()
        while True:
            n = re.compile(r'\s*"((?:[^"\\\n]|\\.)*)"').match(text, end)
            if not n:
                break
            parts.append(n.group(1))
            end = n.end()
        seen.add("".join(parts))
        pos = end

bad = 0
ref = None
ctxt = None
for line in open(src + "/src/lib/report/i18n/po/nb.po", encoding="utf-8"):
    if line.startswith("#: "):
        ref = line[3:].strip()
    elif line.startswith("msgctxt "):
        ctxt = line[8:].strip()
    elif line.startswith("msgid ") and ctxt == '"msg"':
        msgid = line[7:].rstrip("\n")[:-1]
        if ref != "strerror" and msgid not in seen:
            print("nb.po: no string of src/ is \"%s\"" % msgid)
            bad = 1
        ref = ctxt = None
sys.exit(bad)
