# fails: check_never_more_than_capacity, check_larger_costs
# --8<-- [start:wrong]
import time


class TokenBucket:
    def __init__(self, rate, capacity, clock=time.monotonic):
        self.rate, self.capacity, self.clock = rate, capacity, clock
        self.tokens = capacity
        self.updated = clock()

    def allow(self, cost=1):
        now = self.clock()
        self.tokens += (now - self.updated) * self.rate  # no min(): grows forever
        self.updated = now
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False


times = iter([0.0, 3600.0] + [3600.0] * 100)
bucket = TokenBucket(rate=10, capacity=3, clock=lambda: next(times))
print(sum(bucket.allow() for _ in range(100)))  # after an idle hour: 100 at once
#> 100
# --8<-- [end:wrong]
