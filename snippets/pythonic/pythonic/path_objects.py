# --8<-- [start:example]
from pathlib import Path


def backup_name(path):
    path = Path(path)
    return str(path.with_name(f"{path.stem}.bak{path.suffix}"))


print(backup_name("data/report.txt"))
#> data/report.bak.txt
print(backup_name("/var/log/archive.tar.gz"))
#> /var/log/archive.tar.bak.gz
# --8<-- [end:example]
