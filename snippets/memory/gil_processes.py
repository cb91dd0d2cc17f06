# /// script
# [tool.guide]
# browser = "processes"
# ///

# --8<-- [start:process-pool]
import os
import time
from concurrent.futures import ProcessPoolExecutor

# sum() over a range is CPU-bound and holds the GIL the whole time. Builtins
# and module-level functions pickle by name, so worker processes can run them.
JOBS = [range(10_000_000)] * 4

start = time.perf_counter()
serial = [sum(job) for job in JOBS]
serial_time = time.perf_counter() - start

start = time.perf_counter()
with ProcessPoolExecutor(max_workers=os.cpu_count()) as pool:
    parallel = list(pool.map(sum, JOBS))
    worker_pid = pool.submit(os.getpid).result()
pool_time = time.perf_counter() - start

print(serial == parallel)
#> True
print("ran in another process:", worker_pid != os.getpid())
#> ran in another process: True
# Up to os.cpu_count() times faster, if the cores are free; less when busy.
print(f"{os.cpu_count()} cores, speed-up {serial_time / pool_time:.1f}x")
#> <varies>
# --8<-- [end:process-pool]
