"""`rtdesk demo --scale`: bulk demo data from the command line, checked by `rtdesk check`."""

from __future__ import annotations

import pytest

from rtdesk import cli
from rtdesk.services.demo_scale import MAX_SCALE


def test_scaled_demo_then_check(tmp_path, capsys):
    path = tmp_path / "big.sqlite"
    assert cli.main(["demo", "--scale", "2", "--seed", "3", "--database", str(path)]) == 0
    out = capsys.readouterr().out
    assert "  sessions: 40 (38 with approved minutes)\n" in out
    assert "  proposals: 2000\n" in out
    assert "scale 2, written in " in out
    assert cli.main(["check", "--database", str(path)]) == 0
    report = capsys.readouterr().out
    assert "Proposals: 2000" in report and "Sessions: 40" in report
    assert "No problems found." in report
    # A second demo into the same file is refused, and leaves it as it was.
    assert cli.main(["demo", "--scale", "2", "--database", str(path)]) == 1
    assert "already holds" in capsys.readouterr().err
    assert cli.main(["check", "--database", str(path)]) == 0
    assert "Proposals: 2000" in capsys.readouterr().out


def test_scale_one_is_the_everyday_demo(tmp_path, capsys):
    path = tmp_path / "small.sqlite"
    assert cli.main(["demo", "--scale", "1", "--database", str(path)]) == 0
    out = capsys.readouterr().out
    assert "  proposals: " in out and "written in" not in out


@pytest.mark.parametrize("scale", ["0", str(MAX_SCALE + 1), "two"])
def test_scale_out_of_range_is_a_usage_error(tmp_path, capsys, scale):
    path = tmp_path / "none.sqlite"
    assert cli.main(["demo", "--scale", scale, "--database", str(path)]) == 2
    assert "--scale" in capsys.readouterr().err
    assert not path.exists()
