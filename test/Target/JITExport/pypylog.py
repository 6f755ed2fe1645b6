"""Summarise the optimised trace of one hot loop in a PYPYLOG=jit-log-opt
file (pypy.test).

    pypylog.py LOG FUNCTION

Selects the loops PyPy compiled for the loop in FUNCTION (their name starts
with "FUNCTION;"), plus the bridges out of their guards, transitively, and
prints the call ops they contain by kind:

* call_assembler: a call to another compiled loop (e.g. a callee with a
  loop of its own, which the tracer does not inline);
* call_may_force: a call the tracer could not inline (e.g. recursion);
* call_release_gil: a call to native code (cffi);
* other calls: residual calls to RPython helpers;
* steady-state calls: any call op in the loop bodies proper (after each
  loop's last label: the iteration that repeats, not its preamble).

and how many Python frames were inlined (enter_portal_frame).
"""
import re
import sys

OP = re.compile(r"^\+\d+: (?:\w+ = )?(\w+)\(")
GUARD = re.compile(r"descr=<Guard(0x[0-9a-f]+)>")
BRIDGE = re.compile(r"^# bridge out of Guard (0x[0-9a-f]+) ")
LOOP = re.compile(r"^# Loop \d+ \((.*)\) : ")


def sections(path):
    """(header, op lines) of each optimised loop and bridge."""
    current = None
    with open(path) as f:
        for raw in f:
            line = raw.rstrip("\n")
            if re.search(r"\{jit-log-opt-(loop|bridge)$", line):
                current = []
            elif re.search(r"jit-log-opt-(loop|bridge)\}$", line):
                if current:
                    yield current[0], current[1:]
                current = None
            elif current is not None:
                current.append(line)


def main():
    path, function = sys.argv[1], sys.argv[2]
    loops, bridges = [], {}
    for header, ops in sections(path):
        m = LOOP.match(header)
        if m and m.group(1).startswith(function + ";"):
            loops.append(ops)
        m = BRIDGE.match(header)
        if m:
            bridges.setdefault(m.group(1), []).append(ops)
    selected = list(loops)
    seen = set()
    work = list(loops)
    while work:
        ops = work.pop()
        for line in ops:
            for guard in GUARD.findall(line):
                if guard in bridges and guard not in seen:
                    seen.add(guard)
                    selected.extend(bridges[guard])
                    work.extend(bridges[guard])
    kinds = {"call_assembler": 0, "call_may_force": 0,
             "call_release_gil": 0}
    other, frames, steady = [], 0, []
    for ops in selected:
        for line in ops:
            m = OP.match(line)
            if not m:
                continue
            name = m.group(1)
            if name == "enter_portal_frame":
                frames += 1
            if not name.startswith("call"):
                continue
            for kind in kinds:
                if name.startswith(kind):
                    kinds[kind] += 1
                    break
            else:
                callee = re.search(r"ConstClass\((\w+)\)", line)
                other.append(callee.group(1) if callee else name)
    for ops in loops:
        labels = [k for k, line in enumerate(ops)
                  if OP.match(line) and OP.match(line).group(1) == "label"]
        for line in ops[labels[-1] if labels else 0:]:
            m = OP.match(line)
            if m and m.group(1).startswith("call"):
                steady.append(line.split(": ", 1)[1][:100])
    print("%s: %d loops, %d bridges" % (function, len(loops),
                                        len(selected) - len(loops)))
    print("inlined frames: %d" % frames)
    for kind, count in kinds.items():
        print("%s: %d" % (kind, count))
    print("other calls: %d %s" % (len(other), sorted(set(other))))
    print("steady-state calls: %d %s" % (len(steady), steady))
    return 0 if loops else 1


if __name__ == "__main__":
    sys.exit(main())
