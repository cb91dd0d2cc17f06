# /// script
# [tool.guide]
# browser = "cpython-only"
# ///

# --8<-- [start:asyncio-io]
import asyncio
import time


async def fetch(url):
    await asyncio.sleep(0.1)  # stands in for a network call
    return len(url)


async def sequential(urls):
    return [await fetch(url) for url in urls]


async def concurrent(urls):
    return await asyncio.gather(*(fetch(url) for url in urls))


urls = [f"https://example.com/page/{n}" for n in range(20)]
start = time.perf_counter()
one_by_one = asyncio.run(sequential(urls))
sequential_time = time.perf_counter() - start

start = time.perf_counter()
together = asyncio.run(concurrent(urls))
concurrent_time = time.perf_counter() - start

print(one_by_one == together)
#> True
print(f"sequential {sequential_time:.2f} s, gather {concurrent_time:.2f} s")
#> <varies>
# One thread, one event loop: waiting overlaps, computing does not.
print("gather over 2x faster:", sequential_time > 2 * concurrent_time)
#> gather over 2x faster: True
# --8<-- [end:asyncio-io]
