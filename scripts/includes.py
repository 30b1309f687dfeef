#!/usr/bin/env python3
"""No circles between the C units (ARCHITECTURE.md "Layers").

A unit is a .c file with its header of the same name (sl_db.c and
sl_db.h); a header named NAME_int.h belongs to the unit NAME (its private
half), and so does every file that includes it: a concern split into
several files shares one private header (sl_heavythread.c, the heavy
pages' computing thread, reads sl_heavycache_int.h's segment).  Unit A depends on unit B when A's .c or .h includes B's header.
Layers only point down, so the dependency graph has no circle: a circle
means two units that cannot be read, tested or changed one without the
other.

  scripts/includes.py           prints the units' circles (none: nothing)
  scripts/includes.py --check   the same, and fails when there is one
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIRS = ["common", "mod_sialip", "mod_inovasi", "tools"]
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def stem_of(name):
    stem = os.path.splitext(os.path.basename(name))[0]
    return stem[:-4] if stem.endswith("_int") else stem


def graph():
    texts = {}
    for top in DIRS:
        for folder, _, files in os.walk(os.path.join(ROOT, top)):
            for f in files:
                if f.endswith((".c", ".h")):
                    with open(os.path.join(folder, f), errors="replace") as src:
                        texts[f] = src.read()
    # A file that includes another concern's private header is part of it.
    owner = {}
    for f, text in texts.items():
        for inc in INCLUDE.findall(text):
            base = os.path.splitext(os.path.basename(inc))[0]
            if base.endswith("_int") and stem_of(inc) != stem_of(f):
                owner[stem_of(f)] = stem_of(inc)

    def unit_of(name):
        return owner.get(stem_of(name), stem_of(name))

    deps = {}
    for f, text in texts.items():
        unit = unit_of(f)
        for inc in INCLUDE.findall(text):
            other = unit_of(inc)
            if other != unit:
                deps.setdefault(unit, set()).add(other)
    return deps


def circles(deps):
    """Strongly connected components of more than one unit (Tarjan)."""
    index, low, stack, on, found = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(deps.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in sorted(deps):
        if v not in index:
            visit(v)
    return found


def main():
    found = circles(graph())
    for comp in found:
        print("circle: " + " <-> ".join(comp))
    if "--check" in sys.argv[1:] and found:
        print("includes.py: units that include each other (see the docstring)",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
