"""Runs one benchmark kernel of bench/kernels.py under PyPy (or any Python
without NumPy) and reports its own timings as JSON on stdout.

Invoked by bench/run.py as `pypy3 pypy_driver.py SPEC.json`. Inputs are raw
native-endian files written by run.py; views become array.array (1-D; a
strided one: a slice of a memoryview of it) or memoryview casts of one
(2-D). Mutated arrays of the first (checked) call are written back to files
for run.py to compare.
"""
import array
import gc
import json
import sys
import time


def load(desc):
    with open(desc["path"], "rb") as f:
        base = array.array(desc["typecode"])
        base.frombytes(f.read())
    return base


def as_view(arr, desc):
    if len(desc["shape"]) == 1:
        step = desc.get("step", 1)
        return arr if step == 1 else memoryview(arr)[::step]
    return memoryview(arr).cast("B").cast(desc["typecode"], desc["shape"])


def main():
    with open(sys.argv[1]) as f:
        spec = json.load(f)
    sys.path[:0] = spec["sys_path"]
    import kernels as K

    out = {"warmup_times": [], "times": []}
    if spec["kernel"] == "call_overhead":
        add = K.add
        n = spec["n"]
        out["result"] = [add(a, b) for a, b in spec["check_pairs"]]

        def loop():
            for i in range(n):
                add(i, 1)

        def empty():
            for i in range(n):
                pass

        out["empty_times"] = []
        for rep in range(spec["warmup"] + spec["reps"]):
            gc.disable()
            t0 = time.perf_counter()
            loop()
            t1 = time.perf_counter()
            empty()
            t2 = time.perf_counter()
            gc.enable()
            key = "warmup_times" if rep < spec["warmup"] else "times"
            out[key].append(t1 - t0)
            if rep >= spec["warmup"]:
                out["empty_times"].append(t2 - t1)
        print(json.dumps(out))
        return

    fn = getattr(K, spec["kernel"])
    bases = []
    for desc in spec["args"]:
        bases.append(load(desc) if "path" in desc else None)

    def fresh():
        args = []
        for desc, base in zip(spec["args"], bases):
            if base is None:
                args.append(desc["value"])
            else:
                arr = array.array(desc["typecode"], base) if desc["mutable"] \
                    else base
                args.append((arr, as_view(arr, desc)))
        return args

    for rep in range(spec["warmup"] + spec["reps"]):
        args = fresh()
        call_args = [a[1] if isinstance(a, tuple) else a for a in args]
        gc.disable()
        t0 = time.perf_counter()
        r = fn(*call_args)
        t1 = time.perf_counter()
        gc.enable()
        if rep == 0:
            out["result"] = r.hex() if isinstance(r, float) else r
            out["result_is_float"] = isinstance(r, float)
            out["arrays"] = {}
            for k, (desc, a) in enumerate(zip(spec["args"], args)):
                if isinstance(a, tuple) and desc["mutable"]:
                    path = desc["path"] + ".pypy.out"
                    with open(path, "wb") as f:
                        f.write(a[0].tobytes())
                    out["arrays"][str(k)] = path
        key = "warmup_times" if rep < spec["warmup"] else "times"
        out[key].append(t1 - t0)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
