"""Build hook of rtdesk: the Qt Linguist translations are compiled (.ts -> .qm) while building.

Everything else is declared in pyproject.toml. The .qm files are not committed: `pip install .`
compiles them into the wheel, `pip install -e .` beside their .ts in resources/i18n (where the
editable install reads the package data), with the lrelease of PySide6-Essentials, which
pyproject.toml lists among the build requirements.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


def _build_translations():
    """packaging/build_translations.py, loaded by path: packaging/ is not a package."""
    spec = importlib.util.spec_from_file_location(
        "build_translations", HERE / "packaging" / "build_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildPyWithTranslations(build_py):
    """build_py that also compiles resources/i18n/*.ts into the rtdesk_resources package."""

    def run(self) -> None:
        translations = _build_translations()
        source = HERE / "resources" / "i18n"
        if self.editable_mode:
            # An editable install maps rtdesk_resources to resources/: the .qm goes there.
            self._translations = translations.release(source, quiet=True)
            super().run()
            return
        super().run()
        target = Path(self.build_lib) / "rtdesk_resources" / "i18n"
        self._translations = translations.release(source, target, quiet=True)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        if self.editable_mode:
            return outputs
        compiled = [str(path) for path in getattr(self, "_translations", [])]
        return outputs + [path for path in compiled if path not in outputs]


setup(cmdclass={"build_py": BuildPyWithTranslations})
