# fails: check_refused_requests_cost_nothing, check_larger_costs
# fails: check_fractions_of_a_token_add_up
# --8<-- [start:wrong]
import time


class TokenBucket:
    def __init__(self, rate, capacity, clock=time.monotonic):
        self.rate, self.capacity, self.clock = rate, capacity, clock
        self.tokens = capacity
        self.updated = clock()

    def allow(self, cost=1):
        now = self.clock()
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        self.tokens -= cost  # spent before the test: a refusal goes into debt
        return self.tokens >= 0


bucket = TokenBucket(rate=1, capacity=1, clock=lambda: 0.0)
print([bucket.allow() for _ in range(3)], bucket.tokens)
#> [True, False, False] -2.0
# --8<-- [end:wrong]
