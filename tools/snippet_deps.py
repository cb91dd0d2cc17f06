"""Fetch the packages framework snippets import, as pure-Python wheels.

    python tools/snippet_deps.py      (make test, build and serve run it first)

snippets/requirements.txt pins them. This makes, under .cache/:
  wheels/       the wheels and manifest.json (file and dependencies of each package),
                which hooks/browser_runtime.py ships so the browser installs them with
                micropip from the site itself;
  snippet-deps/ the same wheels unpacked: tests/runtimes.py puts it on sys.path for
                every CPython and for Pyodide under Node.
Pure-Python wheels only, so one set serves every interpreter; anything else stops here.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from email.parser import Parser
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
REQUIREMENTS = ROOT / "snippets" / "requirements.txt"
WHEELS = ROOT / ".cache" / "wheels"
UNPACKED = ROOT / ".cache" / "snippet-deps"
# MarkupSafe publishes compiled wheels and an sdist; with no C compiler (CC=false) its
# setup.py falls back to the pure-Python build, which Pyodide can install.
FROM_SDIST = {"markupsafe"}
BROWSER_ONLY = {"micropip"}  # imports Pyodide's own modules; useless to CPython
# Pyodide 314 in the browser: how dependency markers are judged for the manifest.
BROWSER = {
    "sys_platform": "emscripten",
    "platform_system": "Emscripten",
    "python_version": "3.14",
    "python_full_version": "3.14.2",
    "implementation_name": "cpython",
    "os_name": "posix",
    "extra": "",
}


class DepsError(Exception):
    pass


def pins(text: str) -> dict[str, str]:
    """{canonical name: version} from `name==version` lines."""
    found = {}
    for number, line in enumerate(text.splitlines(), 1):
        line = line.split("#")[0].strip()
        if not line:
            continue
        match = re.fullmatch(r"([A-Za-z0-9._-]+)==([\w.]+)", line)
        if not match:
            raise DepsError(
                f"{REQUIREMENTS}:{number}: want `name==version`, got {line!r}"
            )
        found[canonicalize_name(match[1])] = match[2]
    return found


def pip(*args: str, env: dict | None = None) -> None:
    command = [sys.executable, "-m", "pip", "--disable-pip-version-check", *args]
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    if done.returncode:
        raise DepsError(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}")


def fetch(wanted: dict[str, str]) -> None:
    shutil.rmtree(WHEELS, ignore_errors=True)
    WHEELS.mkdir(parents=True)
    binary = [f"{n}=={v}" for n, v in wanted.items() if n not in FROM_SDIST]
    pip(
        "download",
        "--quiet",
        "--no-deps",
        "--only-binary=:all:",
        "--platform=any",
        "--implementation=py",
        "--abi=none",
        "--python-version=3.14",
        "--dest",
        str(WHEELS),
        *binary,
    )
    source = [f"{n}=={v}" for n, v in wanted.items() if n in FROM_SDIST]
    if source:
        pip(
            "wheel",
            "--quiet",
            "--no-deps",
            f"--no-binary={','.join(FROM_SDIST)}",
            "--wheel-dir",
            str(WHEELS),
            *source,
            env={**os.environ, "CC": "false"},
        )


def read_wheel(path: Path) -> tuple[str, str, list[str]]:
    """(name, version, requirements needed in the browser) of a pure-Python wheel."""
    if not path.name.endswith("-py3-none-any.whl"):
        raise DepsError(f"{path.name} is not a pure-Python wheel (py3-none-any)")
    with zipfile.ZipFile(path) as wheel:
        meta_name = next(
            n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")
        )
        meta = Parser().parsestr(wheel.read(meta_name).decode())
    needs = []
    for line in meta.get_all("Requires-Dist") or []:
        requirement = Requirement(line)
        if requirement.marker and not Marker(str(requirement.marker)).evaluate(BROWSER):
            continue
        needs.append(canonicalize_name(requirement.name))
    return canonicalize_name(meta["Name"]), meta["Version"], needs


def manifest(wanted: dict[str, str]) -> dict:
    packages = {}
    for path in sorted(WHEELS.glob("*.whl")):
        name, version, needs = read_wheel(path)
        if wanted.get(name) != version:
            raise DepsError(f"{path.name}: not the pinned {name}=={wanted.get(name)}")
        packages[name] = {"file": path.name, "version": version, "requires": needs}
    for name in wanted.keys() - packages.keys():
        raise DepsError(f"{REQUIREMENTS}: no wheel was fetched for {name}")
    for name, package in packages.items():
        for need in package["requires"]:
            if need not in packages:
                raise DepsError(
                    f"{REQUIREMENTS}: {name} needs {need}, which is not pinned there"
                )
    return {"packages": packages}


def unpack(packages: dict) -> None:
    shutil.rmtree(UNPACKED, ignore_errors=True)
    UNPACKED.mkdir(parents=True)
    for name, package in packages.items():
        if name not in BROWSER_ONLY:
            with zipfile.ZipFile(WHEELS / package["file"]) as wheel:
                wheel.extractall(UNPACKED)


def ensure() -> dict:
    """Make .cache/wheels and .cache/snippet-deps current; return the manifest."""
    # Builds and test runs may start together: one fetches, the others wait for it.
    WHEELS.parent.mkdir(parents=True, exist_ok=True)
    with open(WHEELS.parent / "snippet-deps.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        return _ensure()


def _ensure() -> dict:
    text = REQUIREMENTS.read_text("utf-8")
    stamp = hashlib.sha256((text + Path(__file__).read_text("utf-8")).encode())
    stamp_file = UNPACKED / ".stamp"
    if stamp_file.exists() and stamp_file.read_text() == stamp.hexdigest():
        return json.loads((WHEELS / "manifest.json").read_text("utf-8"))
    wanted = pins(text)
    fetch(wanted)
    data = manifest(wanted)
    (WHEELS / "manifest.json").write_text(json.dumps(data, indent=2) + "\n", "utf-8")
    unpack(data["packages"])
    stamp_file.write_text(stamp.hexdigest())
    return data


if __name__ == "__main__":
    try:
        packages = ensure()["packages"]
    except DepsError as exc:
        sys.exit(f"snippet dependencies: {exc}")
    print(f"snippet dependencies: {len(packages)} wheels in {WHEELS.relative_to(ROOT)}")
