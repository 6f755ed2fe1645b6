"""Every public module of the pyir package, and every public function, class
and method the API reference shows, has a docstring (pdoc's view of the
package: what utils/api-docs.sh renders). Prints each one missing; exit
status 1 if any."""
import os
import sys

import pdoc.doc

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "..", "..", "utils"))
from api_docs import public_modules  # noqa: E402


def undocumented(namespace):
    for member in namespace.members.values():
        if member.name.startswith("_") or isinstance(member,
                                                     pdoc.doc.Variable):
            continue
        # Inherited from another package (setuptools' build_ext methods
        # under pyir.build.build_ext): its documentation, not ours.
        if member.taken_from[0].split(".")[0] != "pyir":
            continue
        if not member.docstring.strip():
            yield member.fullname
        if isinstance(member, pdoc.doc.Class):
            yield from undocumented(member)


missing = []
names = public_modules()
for name in names:
    module = pdoc.doc.Module.from_name(name)
    if not module.docstring.strip():
        missing.append(name)
    missing.extend(undocumented(module))
for name in missing:
    print("no docstring:", name)
print("%d modules, %d without a docstring" % (len(names), len(missing)))
sys.exit(1 if missing else 0)
