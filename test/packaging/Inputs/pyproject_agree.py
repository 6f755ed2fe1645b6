import sys
import tomllib

root = sys.argv[1]
with open(root + "/pyproject.toml", "rb") as f:
    wheel = tomllib.load(f)["project"]
with open(root + "/python/pyproject.toml", "rb") as f:
    pure = tomllib.load(f)["project"]
problems = []
if wheel["name"] != "pyir-toolkit" or pure["name"] != "pyir-toolkit":
    problems.append("names: %s, %s" % (wheel["name"], pure["name"]))
for name, target in pure.get("scripts", {}).items():
    if wheel.get("scripts", {}).get(name) != target:
        problems.append("script %s = %s missing from pyproject.toml" % (name, target))
for group, entries in pure.get("entry-points", {}).items():
    for name, target in entries.items():
        if wheel.get("entry-points", {}).get(group, {}).get(name) != target:
            problems.append("entry point [%s] %s = %s missing from "
                            "pyproject.toml" % (group, name, target))
if problems:
    sys.exit("\n".join(problems))
print("agree")
