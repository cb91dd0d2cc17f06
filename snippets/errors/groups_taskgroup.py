# /// script
# [tool.guide]
# browser = "cpython-only"
# ///

# --8<-- [start:taskgroup]
import asyncio


async def failing(name):
    raise ValueError(f"{name} failed")


async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow job cancelled")  # the group cancels the rest when one task fails
        raise


async def main():
    async with asyncio.TaskGroup() as group:  # 3.11
        group.create_task(slow())
        group.create_task(failing("b"))
        group.create_task(failing("c"))


try:
    asyncio.run(main())
except* ValueError as group:
    print(sorted(str(e) for e in group.exceptions))
#> slow job cancelled
#> ['b failed', 'c failed']
# --8<-- [end:taskgroup]
