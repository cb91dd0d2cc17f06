# --8<-- [start:alt]
import time
from dataclasses import dataclass, field


@dataclass
class TokenBucket:
    rate: float
    capacity: float
    clock: object = time.monotonic
    tokens: float = field(init=False)
    last: float = field(init=False)

    def __post_init__(self):
        self.tokens, self.last = self.capacity, self.clock()

    def _refill(self):
        now = self.clock()
        self.tokens = min(self.capacity, self.tokens + (now - self.last) * self.rate)
        self.last = now

    def allow(self, cost=1):
        self._refill()
        if cost > self.tokens:
            return False
        self.tokens -= cost
        return True


bucket = TokenBucket(rate=1, capacity=2, clock=lambda: 0.0)
print(bucket.allow(2), bucket.allow(), bucket.tokens)
#> True False 0.0
# --8<-- [end:alt]
