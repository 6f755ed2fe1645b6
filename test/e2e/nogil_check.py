"""Calls threads.spin (nogil) and threads.spin_gil while another Python thread
counts: the counter advances during the nogil call only."""
import glob
import importlib.util
import os
import sys
import threading

(path,) = glob.glob(os.path.join(sys.argv[1], "threads.*.so"))
spec = importlib.util.spec_from_file_location("threads", path)
threads = importlib.util.module_from_spec(spec)
spec.loader.exec_module(threads)

N = 30_000_000
expected = threads.spin_gil(1000)
assert threads.spin(1000) == expected, "nogil result differs"
try:
    threads.fails(-1)
except ValueError as e:
    print("nogil raise:", e)

stop = False
count = 0


def counter():
    global count
    while not stop:
        count += 1


t = threading.Thread(target=counter)
t.start()
sys.setswitchinterval(1e-4)
during = {}
for name in ["spin", "spin_gil"]:
    fn = getattr(threads, name)
    before = count
    fn(N)
    during[name] = count - before
# The counting thread can only run during a call that released the GIL
# (apart from switches at the call boundaries): measured 20-30x more counts.
print("counts during spin / spin_gil:", during["spin"], during["spin_gil"])
print("other thread ran during the nogil call:",
      "yes" if during["spin"] > 5 * during["spin_gil"] else "no")
stop = True
t.join()
