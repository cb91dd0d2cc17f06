# --8<-- [start:protocols]
from collections.abc import Iterable, Sequence


class Playlist:
    def __init__(self, *songs):
        self._songs = list(songs)

    def __len__(self):
        return len(self._songs)

    def __getitem__(self, index):
        return self._songs[index]


mix = Playlist("Blue", "Ruby", "Gold")
print(len(mix), bool(mix), bool(Playlist()))
#> 3 True False
print("Ruby" in mix, list(reversed(mix)), sorted(mix))
#> True ['Gold', 'Ruby', 'Blue'] ['Blue', 'Gold', 'Ruby']
for number, song in enumerate(mix, start=1):
    print(number, song)
#> 1 Blue
#> 2 Ruby
#> 3 Gold
first, *rest = mix
print(first, rest, mix[-1], mix[:2])
#> Blue ['Ruby', 'Gold'] Gold ['Blue', 'Ruby']
# Iterable looks for __iter__ and Sequence needs inheriting or register(), so the
# ABC checks miss a class that only has the older __getitem__ protocol:
print(isinstance(mix, Iterable), isinstance(mix, Sequence), list(iter(mix)))
#> False False ['Blue', 'Ruby', 'Gold']
# --8<-- [end:protocols]
