"""Attribution compiled to C by mypyc: the same source, about 1.5x faster.

Attribution is three quarters of the flow's CPU time, plain Python that mypy checks strictly,
which is what mypyc compiles. ``make install`` runs ``python -m flows.native build``: it
compiles the modules of ``flows.attribution`` (not its ``__init__``) into
``flows/attribution/_native/`` with a manifest of their sources' sha256.

When ``flows.attribution`` is imported, ``use_compiled`` puts that folder first on the
package's path, so ``flows.attribution.cues`` loads the compiled module, only if every source
still has the hash it was compiled from and the interpreter is the one it was built for.
Otherwise the Python source runs, after one warning: an edit never runs stale code, and a
machine without a C compiler runs the same pipeline, slower. ``WHO_SAID_WHAT_NATIVE=0``
runs the source regardless (``tests/test_native.py`` compares the two).
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import MutableSequence
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

FOLDER = "_native"
MANIFEST = "manifest.json"
SWITCH = "WHO_SAID_WHAT_NATIVE"  # "0": run the Python source
ATTRIBUTION = Path(__file__).resolve().parent / "attribution"

# "compiled", or why the source runs; set when ``flows.attribution`` is imported
status = "not loaded"


def sources(package: Path = ATTRIBUTION) -> list[Path]:
    """The modules mypyc compiles: every module of the package but its ``__init__``."""
    return sorted(p for p in package.glob("*.py") if p.name != "__init__.py")


def digests(package: Path = ATTRIBUTION) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sources(package)}


def use_compiled(package: Path, path: MutableSequence[str]) -> str:
    """Put the compiled modules first on ``path`` (the package's ``__path__``) when they
    match the sources; return "compiled" or the reason the source runs."""
    global status
    status, manifest = _verdict(package)
    if status == "compiled":
        folder = package / FOLDER
        for name, file in manifest["libraries"].items():  # mypyc's shared runtime
            if name not in sys.modules:
                _load_extension(name, folder / file)
        path.insert(0, str(folder))
    elif status != "switched off" and (package / FOLDER).exists():
        logger.warning("attribution runs from the Python source (%s); "
                       "`python -m flows.native build` compiles it again", status)
    return status


def check(package: Path = ATTRIBUTION) -> str:
    """"compiled" when the compiled modules can be used, else why the source runs."""
    return _verdict(package)[0]


def _verdict(package: Path) -> tuple[str, dict[str, Any]]:
    """``check``'s answer and the manifest it read (empty when there is none)."""
    if os.environ.get(SWITCH, "1") == "0":
        return "switched off", {}
    manifest_path = package / FOLDER / MANIFEST
    if not manifest_path.is_file():
        return "not built", {}
    manifest: dict[str, Any] = json.loads(manifest_path.read_text(encoding="utf-8"))
    if manifest.get("cache_tag") != sys.implementation.cache_tag:
        return f"built for {manifest.get('cache_tag')}, not {sys.implementation.cache_tag}", {}
    built, now = manifest["sources"], digests(package)
    changed = sorted(name for name, digest in now.items() if built.get(name) != digest)
    if changed or built.keys() != now.keys():
        return "out of date: " + (", ".join(changed[:3]) or "modules added or removed"), {}
    return "compiled", manifest


def _load_extension(name: str, file: Path) -> None:
    loader = importlib.machinery.ExtensionFileLoader(name, str(file))
    spec = importlib.util.spec_from_file_location(name, file, loader=loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)


BUILD = """
import sys
from setuptools import setup
from mypyc.build import mypycify
target, files = sys.argv[1], sys.argv[2:]
setup(
    name="who-said-what-native",
    ext_modules=mypycify(files, target_dir=target + "/c"),
    script_args=["build_ext", "--build-lib", target + "/lib", "--build-temp", target + "/tmp"],
)
"""


def build(package: Path = ATTRIBUTION) -> Path:
    """Compile the package's modules into ``package/_native`` (replaced whole, only once
    the build succeeded) and return that folder."""
    root = package.parent.parent  # the folder that holds the ``flows`` package
    files = [str(p.relative_to(root)) for p in sources(package)]
    before = digests(package)
    with tempfile.TemporaryDirectory(prefix="native-") as tmp:
        done = subprocess.run([sys.executable, "-c", BUILD, tmp, *files], cwd=root,
                              capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"mypyc failed:\n{done.stdout[-3000:]}{done.stderr[-3000:]}")
        staging = Path(tempfile.mkdtemp(prefix=f"{FOLDER}-", dir=package))
        suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
        libraries = {}
        for built in Path(tmp, "lib").rglob("*"):
            if not built.name.endswith(suffixes):
                continue
            shutil.copy2(built, staging / built.name)
            if built.parent == Path(tmp, "lib"):  # top level: the shared runtime
                libraries[built.name.split(".")[0]] = built.name
    manifest = {"cache_tag": sys.implementation.cache_tag, "libraries": libraries,
                "sources": before}
    (staging / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    target = package / FOLDER
    if target.exists():
        old = target.rename(package / f"{FOLDER}-old-{os.getpid()}")
        shutil.rmtree(old)
    staging.rename(target)
    return target


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args != ["build"]:
        print("usage: python -m flows.native build", file=sys.stderr)
        return 2
    try:
        folder = build()
    except (RuntimeError, OSError) as err:
        print(f"attribution not compiled, the Python source will run: {err}", file=sys.stderr)
        return 1
    print(f"compiled {len(sources())} attribution modules into {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
