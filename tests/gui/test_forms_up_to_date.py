"""The compiled forms in rtdesk/gui/forms match the Qt Designer forms in ui/."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def load_build_forms():
    spec = importlib.util.spec_from_file_location(
        "build_forms", ROOT / "packaging" / "build_forms.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def comparable(text: str, marker: str) -> list[str]:
    # uic writes its own version number: a PySide6 patch release must not fail this test.
    return [line for line in text.splitlines() if marker not in line]


def test_every_form_is_compiled_and_up_to_date(tmp_path):
    build_forms = load_build_forms()
    written = build_forms.build(tmp_path)
    forms = build_forms.forms()
    assert {path.stem for path in forms} >= {"main_window", "assign_zone_dialog"}
    assert sorted(p.name for p in written) == sorted(f"ui_{f.stem}.py" for f in forms)
    committed_dir = ROOT / "rtdesk" / "gui" / "forms"
    # No compiled form is left behind by a deleted .ui file.
    assert sorted(p.name for p in committed_dir.glob("ui_*.py")) == sorted(p.name for p in written)
    stale = []
    for fresh in written:
        committed = committed_dir / fresh.name
        if comparable(fresh.read_text(encoding="utf-8"), build_forms.UIC_VERSION_MARKER) != (
            comparable(committed.read_text(encoding="utf-8"), build_forms.UIC_VERSION_MARKER)
        ):
            stale.append(fresh.name)
    assert stale == [], f"run `python packaging/build_forms.py`: {stale} are out of date"


def test_compiled_forms_say_they_are_generated():
    for path in (ROOT / "rtdesk" / "gui" / "forms").glob("ui_*.py"):
        head = path.read_text(encoding="utf-8").splitlines()[:3]
        assert "do not edit" in head[0]
        assert head[2].startswith('"""') and "generated, do not edit" in head[2]


def test_a_changed_form_is_detected(tmp_path):
    build_forms = load_build_forms()
    forms_dir = tmp_path / "ui"
    forms_dir.mkdir()
    original = (ROOT / "ui" / "assign_zone_dialog.ui").read_text(encoding="utf-8")
    (forms_dir / "assign_zone_dialog.ui").write_text(
        original.replace("Assign a zone", "Assign another zone"), encoding="utf-8"
    )
    [fresh] = build_forms.build(tmp_path / "out", forms_dir)
    committed = ROOT / "rtdesk" / "gui" / "forms" / "ui_assign_zone_dialog.py"
    marker = build_forms.UIC_VERSION_MARKER
    assert comparable(fresh.read_text(encoding="utf-8"), marker) != comparable(
        committed.read_text(encoding="utf-8"), marker
    )
