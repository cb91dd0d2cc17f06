# /// script
# requires-python = ">=3.13"
# [tool.guide]
# runtime = "free-threaded"
# ///

# --8<-- [start:free-threaded]
import sys
import sysconfig
import threading
import time

print("free-threaded build:", bool(sysconfig.get_config_var("Py_GIL_DISABLED")))
#> free-threaded build: True
print("GIL enabled:", sys._is_gil_enabled())  # PYTHON_GIL=1 would turn it back on
#> GIL enabled: False


def count_down(n):
    while n:
        n -= 1


N, WORKERS = 5_000_000, 4
threads = [threading.Thread(target=count_down, args=(N,)) for _ in range(WORKERS)]
start_wall, start_cpu = time.perf_counter(), time.process_time()
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
threaded = time.perf_counter() - start_wall
cpu = time.process_time() - start_cpu

print(f"cores busy at once: {cpu / threaded:.1f}")
#> <varies>
# With two or more free cores, the threads really run in parallel.
print("more than one:", cpu / threaded > 1.3)
#> more than one: True
# --8<-- [end:free-threaded]
