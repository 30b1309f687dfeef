#!/usr/bin/env python3
"""Message numbers for the modules' error-log lines (httpd's APLOGNO habit).

Every ap_log_error/rerror/cerror/perror call in the C sources starts its
format with SL_LOGNO(nnnnn) (common/httpd/sl_logno.h), so that an admin can
search for the number, and a line can be found in the code whatever its
text becomes.  A number is never reused, even when its line is removed.

  scripts/lognum.py            numbers the calls that have none (next free
                               numbers, in file order) and adds the include
  scripts/lognum.py --check    fails, naming the places, on a call without a
                               number or a number used twice (make test runs it)
"""
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CALL = re.compile(r"\bap_log_(?:r|c|p|)error\s*\(")
NUMBER = re.compile(r"SL_LOGNO\((\d{5})\)")
INCLUDE = '#include "sl_logno.h"\n'


def sources():
    out = subprocess.run(["git", "ls-files", "*.c"], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout.split()
    return [f for f in out if not f.startswith("tests/")]


def fifth_argument(text, start):
    """Offset of the format argument (the fifth) of the call whose '(' ends
    at start, or None when the call is not written out (a macro)."""
    depth, commas, i = 0, 0, start
    in_str = in_chr = esc = False
    while i < len(text):
        ch = text[i]
        if in_str or in_chr:
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif (in_str and ch == '"') or (in_chr and ch == "'"):
                in_str = in_chr = False
        elif ch == '"':
            in_str = True
        elif ch == "'":
            in_chr = True
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            if depth == 0:
                return None
            depth -= 1
        elif ch == "," and depth == 0:
            commas += 1
            if commas == 4:
                j = i + 1
                while text[j] in " \t\n":
                    j += 1
                return j
        i += 1
    return None


def calls(text):
    for m in CALL.finditer(text):
        at = fifth_argument(text, m.end())
        if at is not None:
            yield m.start(), at


def line_of(text, offset):
    return text.count("\n", 0, offset) + 1


def check():
    seen, problems = {}, []
    for f in sources():
        text = open(os.path.join(ROOT, f), encoding="utf-8").read()
        for start, at in calls(text):
            m = NUMBER.match(text, at)
            where = "%s:%d" % (f, line_of(text, start))
            if not m:
                problems.append("%s: log call without SL_LOGNO" % where)
            elif m.group(1) in seen:
                problems.append("%s: SL%s also used at %s" % (where, m.group(1),
                                                              seen[m.group(1)]))
            else:
                seen[m.group(1)] = where
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        print("run scripts/lognum.py to number new log calls", file=sys.stderr)
    return 1 if problems else 0


def number():
    used = set()
    texts = {}
    for f in sources():
        texts[f] = open(os.path.join(ROOT, f), encoding="utf-8").read()
        used.update(int(n) for n in NUMBER.findall(texts[f]))
    # Numbers retired with removed lines are recorded so they stay unused.
    retired = os.path.join(ROOT, "scripts", "lognum.retired")
    if os.path.exists(retired):
        used.update(int(x) for x in open(retired).read().split() if x.isdigit())
    nxt = max(used, default=0) + 1
    for f, text in texts.items():
        spots = [at for _, at in calls(text) if not NUMBER.match(text, at)]
        if not spots:
            continue
        numbers = list(range(nxt, nxt + len(spots)))
        nxt += len(spots)
        # Inserted from the end back, so the earlier offsets stay valid.
        for at, n in reversed(list(zip(spots, numbers))):
            text = text[:at] + "SL_LOGNO(%05d) " % n + text[at:]
        if INCLUDE not in text:
            last = [m.end() for m in re.finditer(r'^#include "[^"]+"\n', text, re.M)]
            if not last:
                last = [m.end() for m in re.finditer(r"^#include <[^>]+>\n", text, re.M)]
            text = text[:last[-1]] + INCLUDE + text[last[-1]:]
        open(os.path.join(ROOT, f), "w", encoding="utf-8").write(text)
        print("numbered", f)
    return 0


if __name__ == "__main__":
    sys.exit(check() if "--check" in sys.argv[1:] else number())
