#!/usr/bin/env python3
"""User text lives in the views or in a message catalogue, not in C literals.

The catalogues (ARCHITECTURE.md "User text"): common/sl_messages.h for the
shared kit (core and httpd layer), mod_sialip/sialip_messages.h,
mod_inovasi/inovasi_messages.h and tools/sk_messages.h.  A catalogue may
be split by concern into parts it includes, named after it
(mod_sialip/sialip_messages_dip.h).  Each message is a macro,
`#define SIALIP_MSG_ID "Kalimat."`, so a printf-style message is checked by
-Wformat where it is used.

A user-facing sentence literal, as this script sees it: a C string literal
(adjacent pieces joined) with at least two words of letters, outside a
comment, an ap_log_* call (admins' lines stay in C, in English), an
#include, SQL, English text (for logs and configuration errors), and the
label of a label-table row {"code", "Label"} (words for stored codes: one
table per concept, see ARCHITECTURE.md).  SQL is a literal with an SQL
keyword or an upper-case SQL function call (DATE(, UTC_TIMESTAMP()), and
the body of a macro that some SQL literal of the tree is glued with
(#define HARI_INI "DATE(...)" used as "WHERE x < " HARI_INI, or a column
list pasted into an INSERT): a fragment of a statement is SQL wherever it
is defined.

  scripts/usertext.py --check       fails on a sentence in a C file outside
                                    the catalogues
  scripts/usertext.py --list FILE   prints the sentences of FILE
  scripts/usertext.py --move FILE [--into PART]
                                    moves the sentences of FILE into its
                                    catalogue (or into PART of it, e.g.
                                    mod_sialip/sialip_messages_dip.h) under
                                    generated identifiers (review the
                                    names), reusing a message of the same
                                    text in any part
"""
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Directory of a source -> (its catalogue, the macros' prefix).
CATALOGUES = [
    ("common/", "common/sl_messages.h", "SL_MSG_"),
    ("mod_sialip/", "mod_sialip/sialip_messages.h", "SIALIP_MSG_"),
    ("mod_inovasi/", "mod_inovasi/inovasi_messages.h", "INOVASI_MSG_"),
    ("tools/", "tools/sk_messages.h", "SK_MSG_"),
]
KIT = "common/sl_messages.h"

SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|FROM|WHERE|JOIN|VALUES|COALESCE|"
                 r"ORDER BY|GROUP BY|LIMIT|IS NULL|AND|OR|NOT|EXISTS|SET|DISTINCT|"
                 r"UNION|AS|IN|BETWEEN|COUNT|SUM|CASE|WHEN|REGEXP|CONCAT_WS|INTERVAL)\b"
                 r"|\b[A-Z][A-Z0-9_]+\(")
WORD = re.compile(r"[(\"']?[A-Za-z]+[.,:;!?)\"']*")
# Words that mark English text (log lines, configuration errors).
ENGLISH = set("""the a an is are was not of to in on for with and or be must cannot can
no by from as at its it this that has have than too expected unknown failed such into
only field fields exceeds body file found invalid try restarting transaction deadlock
largest accepted seen last malformed multipart bytes name folder e.g. use see self none
database error check timed out write read handshake auth plain login without refused usage
user line got unbalanced double quote retention request objection case erased closed
removed sent deleted due reminder queued roles""".split())
LOG = re.compile(r"\bap_log_(?:r|c|p|)error\s*\(")


def literals(text):
    """(start, end) of each string literal and char literal-free code,
    skipping comments; adjacent literals (whitespace, comments or macro
    names such as APR_SIZE_T_FMT between them) are one group."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            i = n if j < 0 else j + 2
        elif c == "'":
            j = i + 1
            while text[j] != "'":
                j += 2 if text[j] == "\\" else 1
            i = j + 1
        elif c == '"':
            j = i + 1
            while text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append([i, j + 1])
            i = j + 1
        else:
            i += 1
    groups = []
    for s, e in out:
        if groups and glue(text[groups[-1][1]:s]):
            groups[-1][1] = e
        else:
            groups.append([s, e])
    return groups


def glue(between):
    if len(between) > 200:
        return False
    # Comments and the line continuations of a macro's body are space.
    b = re.sub(r"/\*.*?\*/|\\\n", " ", between, flags=re.S)
    return all(re.fullmatch(r"[A-Z_][A-Z0-9_]*", t) for t in b.split())


def value(raw):
    """The text of a literal group as written (escapes kept), macro names
    between its pieces as %."""
    parts = re.findall(r'"((?:[^"\\]|\\.)*)"|([A-Z_][A-Z0-9_]*)', raw, re.S)
    return "".join(a if a else "%" for a, b in parts)


def call_spans(text, rx):
    spans = []
    for m in rx.finditer(text):
        depth, i = 0, m.end() - 1
        while i < len(text):
            ch = text[i]
            if ch == '"':
                i += 1
                while text[i] != '"':
                    i += 2 if text[i] == "\\" else 1
            elif ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    break
            i += 1
        spans.append((m.start(), i))
    return spans


LABEL_ROW = re.compile(r'\{\s*"[^"\s]*"\s*,\s*$')
# The start of a macro body: `#define NAME "...` (maybe after a backslash).
DEFINE_START = re.compile(r'^[ \t]*#define[ \t]+([A-Za-z_][A-Za-z0-9_]*)[ \t]*(?:\\\n\s*)?\Z', re.M)
MACRO = re.compile(r"\b[A-Z_][A-Z0-9_]*\b")


def sql_macros(texts):
    """Names of the macros glued into an SQL literal (between its pieces)
    in any of texts: their bodies are fragments of SQL."""
    names = set()
    for text in texts:
        for s, e in literals(text):
            raw = text[s:e]
            if '"' not in raw[1:-1] or not SQL.search(value(raw)):
                continue
            between = re.sub(r'"(?:[^"\\]|\\.)*"|/\*.*?\*/', " ", raw, flags=re.S)
            names.update(MACRO.findall(between))
    return names


def defined_macro(text, s):
    """The name of the macro whose body starts with the literal at s."""
    m = DEFINE_START.search(text[max(0, text.rfind("\n", 0, max(0, s - 200))):s])
    return m.group(1) if m else None


def is_sentence(v):
    words = [w for w in v.split() if WORD.fullmatch(w)]
    if len(words) < 2 or SQL.search(v):
        return False
    return not any(w.strip("(),.:;!?\"'").lower() in ENGLISH for w in v.split())


def sentences(text, sql=None):
    """(start, end, value) of each user-facing sentence literal; sql: the
    names of the SQL macros of the tree (sql_macros; by default those of
    text alone)."""
    if sql is None:
        sql = sql_macros([text])
    logs = call_spans(text, LOG)
    for s, e in literals(text):
        if any(a <= s < b for a, b in logs):
            continue
        line = text[text.rfind("\n", 0, s) + 1:s].lstrip()
        if line.startswith("#include"):
            continue
        # The label of a label-table row {"code", "Label", ...}.
        if LABEL_ROW.search(text[max(0, s - 80):s]):
            continue
        if defined_macro(text, s) in sql:
            continue
        v = value(text[s:e])
        if v.startswith("{"):  # JSON for the audit trail or a feed
            continue
        if is_sentence(v):
            yield s, e, v


def parts(cat):
    """The catalogue and the parts it is split into (sialip_messages_*.h)."""
    d, base = os.path.split(cat)
    stem = base[:-2] + "_"
    found = sorted(os.path.join(d, n) for n in os.listdir(os.path.join(ROOT, d))
                   if n.startswith(stem) and n.endswith(".h")) if os.path.isdir(
                       os.path.join(ROOT, d)) else []
    return [cat] + found


def sources():
    out = subprocess.run(["git", "ls-files", "*.c", "*.h"], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout.split()
    cats = {p for _, c, _ in CATALOGUES for p in parts(c)}
    return [f for f in out if not f.startswith("tests/") and f not in cats]


def read(f):
    return open(os.path.join(ROOT, f), encoding="utf-8").read()


_TREE_SQL = []


def tree_sql_macros():
    if not _TREE_SQL:
        _TREE_SQL.append(sql_macros(read(f) for f in sources()))
    return _TREE_SQL[0]


def check():
    problems = []
    sql = tree_sql_macros()
    for f in sources():
        text = read(f)
        for s, e, v in sentences(text, sql):
            problems.append("%s:%d: user text in C, move it to %s: \"%s\""
                            % (f, text.count("\n", 0, s) + 1, catalogue_of(f)[0], v))
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        print("usertext: user text belongs in the views or a catalogue (ARCHITECTURE.md "
              "\"User text\"; scripts/usertext.py --move FILE)", file=sys.stderr)
    return 1 if problems else 0


def catalogue_of(f):
    for d, cat, prefix in CATALOGUES:
        if f.startswith(d):
            return cat, prefix
    sys.exit("usertext: no catalogue for %s" % f)


DEFINE = re.compile(r'^#define\s+([A-Z0-9_]+)[ \t]*(?:\\\n)?\s*((?:"(?:[^"\\]|\\.)*"\s*(?:\\\n\s*)?)+)',
                    re.M)


def catalogue_texts(cat):
    """text -> macro name of a catalogue (all its parts)."""
    out = {}
    for part in parts(cat):
        if not os.path.exists(os.path.join(ROOT, part)):
            continue
        for m in DEFINE.finditer(read(part)):
            out.setdefault(value(m.group(2).replace("\\\n", "")), m.group(1))
    return out


SKIP = set("YANG DAN DI KE ATAU INI ITU ANDA UNTUK DENGAN DARI PADA ATAS BILA "
           "SILAKAN LALU SERTA OLEH".split())


def identifier(prefix, v, taken):
    words = [w.upper() for w in re.findall(r"[A-Za-z]+", re.sub(r"%[a-z]+", " ", v))]
    kept = [w for w in words if w not in SKIP]
    words = kept if len(kept) >= 2 else words or ["TEKS"]
    for n in range(min(4, len(words)), len(words) + 1):
        name = prefix + "_".join(words[:n])
        if name not in taken:
            return name
    k = 2
    while "%s%s_%d" % (prefix, "_".join(words), k) in taken:
        k += 1
    return "%s%s_%d" % (prefix, "_".join(words), k)


def wrap(v, indent):
    """A C literal of v split into pieces of at most ~80 columns."""
    pieces, cur = [], ""
    for token in re.findall(r"\S+\s*|\s+", v):
        if cur and len(cur) + len(token) > 76 - indent:
            pieces.append(cur)
            cur = ""
        cur += token
    pieces.append(cur)
    return (" \\\n" + " " * indent).join('"%s"' % p for p in pieces)


def reflow(line, width=99):
    """A line the move made too long, broken after a comma of the outermost
    call that allows it, the rest aligned under that call's parenthesis."""
    out = []
    while len(line) > width:
        opens, cut = [], None
        in_str = False
        for i, ch in enumerate(line[:width]):
            if ch == '"' and (i == 0 or line[i - 1] != "\\"):
                in_str = not in_str
            elif in_str:
                continue
            elif ch == "(":
                opens.append(i)
            elif ch == ")" and opens:
                opens.pop()
            elif ch == "," and opens and line[i + 1:i + 2] == " ":
                if not cut or len(opens) <= cut[2]:
                    cut = (i, opens[-1], len(opens))
        if not cut:
            break
        i, col, _ = cut
        out.append(line[:i + 1])
        line = " " * (col + 1) + line[i + 1:].lstrip()
    out.append(line)
    return "\n".join(out)


PSTRCAT = re.compile(r"\bapr_pstrcat\s*\(")


def arguments(text, open_paren):
    """[(start, end)] of the top-level arguments of the call whose '('
    is at open_paren, and the offset of its ')'."""
    args, depth, i, start = [], 0, open_paren, open_paren + 1
    while True:
        ch = text[i]
        if ch == '"' or ch == "'":
            i += 1
            while text[i] != ch:
                i += 2 if text[i] == "\\" else 1
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
            if depth == 0:
                args.append((start, i))
                return args, i
        elif ch == "," and depth == 1:
            args.append((start, i))
            start = i + 1
        i += 1


def sprintf_calls(text):
    """apr_pstrcat(p, "Kalimat ", x, " lagi.", NULL) becomes
    apr_psprintf(p, "Kalimat %s lagi.", x): one message with its
    arguments, not pieces of one."""
    while True:
        best = None
        for m in PSTRCAT.finditer(text):
            args, close = arguments(text, m.end() - 1)
            if len(args) < 3 or text[args[-1][0]:args[-1][1]].strip() != "NULL":
                continue
            fmt, rest, ok = "", [], True
            for a, b in args[1:-1]:
                arg = text[a:b].strip()
                if re.fullmatch(r'("(?:[^"\\]|\\.)*"\s*)+', arg):
                    fmt += value(arg).replace("%", "%%")
                else:
                    if "NULL" in arg:
                        ok = False
                    fmt += "%s"
                    rest.append(arg)
            if ok and rest and is_sentence(fmt.replace("%s", "")):
                best = (m.start(), close, text[args[0][0]:args[0][1]].strip(), fmt, rest)
        if not best:
            return text
        s, close, pool, fmt, rest = best
        text = (text[:s] + "apr_psprintf(%s, \"%s\", %s)" % (pool, fmt, ", ".join(rest))
                + text[close + 1:])


def move(f, into=None):
    cat, prefix = catalogue_of(f)
    if into and into not in parts(cat):
        sys.exit("usertext: %s is not a part of %s" % (into, cat))
    text = sprintf_calls(read(f))
    found = list(sentences(text, tree_sql_macros()))
    if not found:
        print("%s: no user text" % f)
        return 0
    known = catalogue_texts(cat)
    kit = catalogue_texts(KIT) if cat != KIT else {}
    target = into or cat
    path = os.path.join(ROOT, target)
    header = read(target) if os.path.exists(path) else None
    taken = set(known.values()) | set(kit.values())
    added, edits = [], []
    for s, e, v in found:
        raw = text[s:e]
        between = re.sub(r'"(?:[^"\\]|\\.)*"|/\*.*?\*/', "", raw, flags=re.S)
        if between.strip():  # a macro between the pieces
            print("%s:%d: %s: pieces joined by a macro, move it by hand"
                  % (f, text.count("\n", 0, s) + 1, v))
            continue
        name = kit.get(v) or known.get(v)
        if not name:
            name = identifier(prefix, v, taken)
            taken.add(name)
            known[v] = name
            added.append((name, v))
        edits.append((s, e, name))
    for s, e, name in reversed(edits):
        text = text[:s] + name + text[e:]
    text = "\n".join(reflow(l) if prefix in l or "SL_MSG_" in l else l
                     for l in text.split("\n"))
    include = '#include "%s"\n' % os.path.basename(cat)
    if include not in text:
        last = [m.end() for m in re.finditer(r'^#include "[^"]+"\n', text, re.M)]
        if not last:
            last = [m.end() for m in re.finditer(r"^#include <[^>]+>\n", text, re.M)]
        text = text[:last[-1]] + include + text[last[-1]:]
    open(os.path.join(ROOT, f), "w", encoding="utf-8").write(text)
    if added:
        lines = ["/* %s */" % os.path.basename(f)]
        for name, v in added:
            lines.append("#define %s \\\n    %s" % (name, wrap(v, 4)))
        block = "\n".join(lines) + "\n\n"
        if header is None:
            sys.exit("usertext: create %s first" % target)
        end = header.rindex("#endif")
        header = header[:end] + block + header[end:]
        open(path, "w", encoding="utf-8").write(header)
    print("%s: %d sentences, %d new messages in %s" % (f, len(found), len(added), target))
    return 0


def main(argv):
    if argv[:1] == ["--check"]:
        return check()
    if argv[:1] == ["--list"]:
        for f in argv[1:]:
            text = read(f)
            for s, e, v in sentences(text, tree_sql_macros()):
                print("%s:%d: %s" % (f, text.count("\n", 0, s) + 1, v))
        return 0
    if argv[:1] == ["--move"]:
        files, into = argv[1:], None
        if "--into" in files:
            i = files.index("--into")
            into, files = files[i + 1], files[:i] + files[i + 2:]
        for f in files:
            move(f, into)
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
