# /// script
# [tool.guide]
# browser = "threads"
# ///

# --8<-- [start:cpu-bound-threads]
import threading
import time


def count_down(n):  # pure Python, CPU-bound: holds the GIL while it runs
    while n:
        n -= 1


N, WORKERS = 2_000_000, 4

start = time.perf_counter()
for _ in range(WORKERS):
    count_down(N)
serial = time.perf_counter() - start

threads = [threading.Thread(target=count_down, args=(N,)) for _ in range(WORKERS)]
start_wall, start_cpu = time.perf_counter(), time.process_time()
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
threaded = time.perf_counter() - start_wall
cpu = time.process_time() - start_cpu  # CPU time of all threads together

print(f"serial {serial:.2f} s, {WORKERS} threads {threaded:.2f} s")
#> <varies>
# CPU seconds per wall-clock second = how many cores worked at once.
print(f"cores busy at once: {cpu / threaded:.1f}")
#> <varies>
print("never more than one:", cpu / threaded < 1.3)
#> never more than one: True
# --8<-- [end:cpu-bound-threads]

# --8<-- [start:io-bound-threads]
import time
from concurrent.futures import ThreadPoolExecutor


def fetch(url):
    time.sleep(0.1)  # stands in for a network call; sleeping releases the GIL
    return len(url)


urls = [f"https://example.com/page/{n}" for n in range(20)]

start = time.perf_counter()
sequential = [fetch(url) for url in urls]
sequential_time = time.perf_counter() - start

start = time.perf_counter()
with ThreadPoolExecutor(max_workers=20) as pool:
    threaded = list(pool.map(fetch, urls))
threaded_time = time.perf_counter() - start

print(sequential == threaded)
#> True
print(f"sequential {sequential_time:.2f} s, threads {threaded_time:.2f} s")
#> <varies>
# About 20x in theory; the check leaves room for a busy machine.
print("threads over 2x faster:", sequential_time > 2 * threaded_time)
#> threads over 2x faster: True
# --8<-- [end:io-bound-threads]

# --8<-- [start:race-broken]
import threading
import time

balance = 0


def audit(amount):  # stands in for a log write or a query: I/O that waits
    time.sleep(0)  # waiting releases the GIL, as file and socket I/O do
    return amount


def deposit_many(times):
    global balance
    for _ in range(times):
        current = balance  # read
        audit(1)  # another thread runs here
        balance = current + 1  # write, over whatever the others added meanwhile


threads = [threading.Thread(target=deposit_many, args=(20_000,)) for _ in range(4)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(f"balance {balance} of 80000")
#> <varies>
print("updates lost:", balance < 80_000)
#> updates lost: True
# --8<-- [end:race-broken]

# --8<-- [start:race-fixed]
import threading
import time

balance = 0
lock = threading.Lock()


def audit(amount):  # stands in for a log write or a query: I/O that waits
    time.sleep(0)  # waiting releases the GIL, as file and socket I/O do
    return amount


def deposit_many(times):
    global balance
    for _ in range(times):
        with lock:  # read, call and write are one step for the other threads
            current = balance
            audit(1)
            balance = current + 1


threads = [threading.Thread(target=deposit_many, args=(20_000,)) for _ in range(4)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(f"balance {balance} of 80000")
#> balance 80000 of 80000
print("updates lost:", balance < 80_000)
#> updates lost: False
# --8<-- [end:race-fixed]
