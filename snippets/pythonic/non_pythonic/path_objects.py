# --8<-- [start:example]
import os


def backup_name(path):
    folder = os.path.dirname(path)
    stem, suffix = os.path.splitext(os.path.basename(path))
    return os.path.join(folder, stem + ".bak" + suffix)


print(backup_name("data/report.txt"))
#> data/report.bak.txt
print(backup_name("/var/log/archive.tar.gz"))
#> /var/log/archive.tar.bak.gz
# --8<-- [end:example]
