"""Desktop integration: .desktop entry, AppStream metainfo, icons, Windows installer script."""

from __future__ import annotations

import configparser
import importlib.util
import re
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import rtdesk

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"


def load_packaging_script(name: str):
    # Loaded from its file: the folder is not a package, and "packaging" is also a PyPI name.
    spec = importlib.util.spec_from_file_location(f"rtdesk_{name}", PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


meta = load_packaging_script("build_bundle")
make_icons = load_packaging_script("make_icons")
APP_ID = meta.APP_ID
DESKTOP_FILE = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO_FILE = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
INNO_SCRIPT = PACKAGING / "windows" / "rtdesk.iss"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop entries
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def metainfo() -> ET.Element:
    return ET.parse(METAINFO_FILE).getroot()


def project_license() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)["project"]["license"]["text"]


def test_app_id_is_reverse_dns_and_names_the_linux_files():
    assert re.fullmatch(r"[a-z]+(\.[a-z][a-z0-9]*)+", APP_ID)
    assert DESKTOP_FILE.is_file() and METAINFO_FILE.is_file()
    for path in (PACKAGING / "linux").iterdir():
        assert path.name.startswith(f"{APP_ID}."), f"{path.name} does not carry the app id"


def test_desktop_entry_has_the_required_keys():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "rtdesk"
    assert entry["Exec"].split()[0] == "rtdesk"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert "Office" in entry["Categories"].split(";")
    assert entry["Categories"].endswith(";")
    assert entry["Comment"] and entry["Comment[it]"]


def test_desktop_entry_validates():
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (apt-get install desktop-file-utils)")
    result = subprocess.run([tool, str(DESKTOP_FILE)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    problems = [line for line in result.stdout.splitlines() if "error" in line or "warn" in line]
    assert problems == []


def test_metainfo_describes_this_app_and_version():
    root = metainfo()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == project_license()
    assert root.findtext("name") == "rtdesk"
    assert root.find("summary") is not None and root.find("summary").get("{*}lang") is None
    assert root.find("description/p") is not None
    launchable = root.find("launchable")
    assert launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP_FILE.name
    assert root.findtext("provides/binary") == desktop_entry()["Exec"].split()[0]
    assert root.find("content_rating") is not None
    # A release entry for the version being built: AppStream lists what users can install.
    releases = [release.get("version") for release in root.iterfind("releases/release")]
    assert releases and releases[0] == rtdesk.__version__


def test_metainfo_validates():
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli is not installed (apt-get install appstream)")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO_FILE)], capture_output=True, text=True
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    # Errors and warnings fail; infos (such as an older appstreamcli not knowing a newer tag)
    # are allowed.
    assert not re.search(r"^[EW]: ", output, re.MULTILINE), output


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return struct.unpack(">II", data[16:24])


def test_icons_exist_in_every_size():
    for size in make_icons.PNG_SIZES:
        assert png_size(ICONS / make_icons.png_name(size)) == (size, size)
    ico = (ICONS / "rtdesk.ico").read_bytes()
    assert make_icons.read_ico_sizes(ico) == list(make_icons.ICO_SIZES)
    # The .ico holds the very PNGs of the same sizes: both were made in one run.
    for size in make_icons.ICO_SIZES:
        assert (ICONS / make_icons.png_name(size)).read_bytes() in ico


def test_ico_entries_point_at_their_images():
    pngs = {size: bytes([size % 256]) * (size + 3) for size in (16, 256)}
    data = make_icons.ico_bytes(pngs)
    assert make_icons.read_ico_sizes(data) == [16, 256]
    for index, size in enumerate((16, 256)):
        length, offset = struct.unpack_from("<II", data, 6 + 16 * index + 8)
        assert data[offset : offset + length] == pngs[size]
    with pytest.raises(ValueError):
        make_icons.ico_bytes({512: b"x"})


def test_pngs_are_rendered_from_the_current_svg(qapp):
    from PySide6.QtGui import QImage

    for size in (16, 48, 256):
        fresh = make_icons.render(make_icons.SVG_PATH, size)
        stored = QImage(str(ICONS / make_icons.png_name(size))).convertToFormat(fresh.format())
        assert stored.size() == fresh.size()
        # Small antialiasing differences between Qt versions are fine; a changed drawing is not.
        difference = sum(
            abs(a - b)
            for a, b in zip(bytes(fresh.constBits()), bytes(stored.constBits()), strict=True)
        ) / (size * size * 4)
        assert difference < 1.0, f"run python packaging/make_icons.py ({size} px differs)"


def test_svg_draws_eleven_seats():
    root = ET.parse(make_icons.SVG_PATH).getroot()
    seats = root.findall("{http://www.w3.org/2000/svg}g/{http://www.w3.org/2000/svg}circle")
    assert len(seats) == 11


def inno_setup() -> str:
    return INNO_SCRIPT.read_text(encoding="utf-8")


def test_inno_setup_script_installs_per_user_or_for_all_in_two_languages():
    script = inno_setup()
    assert re.search(r"^AppId=\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}$", script, re.M)
    assert re.search(r"^PrivilegesRequired=lowest$", script, re.M)
    assert re.search(r"^PrivilegesRequiredOverridesAllowed=.*\bdialog\b", script, re.M)
    assert re.search(
        r'^Name: "italian"; MessagesFile: "compiler:Languages\\Italian.isl"', script, re.M
    )
    assert re.search(r'^Name: "english"; MessagesFile: "compiler:Default.isl"', script, re.M)
    assert re.search(
        r'^Name: "\{autoprograms\}\\rtdesk"; Filename: "\{app\}\\\{#AppExe\}"', script, re.M
    )
    assert "VersionInfoVersion=" in script and "AppVersion={#AppVersion}" in script


def test_inno_setup_script_names_what_the_build_makes():
    script = inno_setup()
    app_exe = re.search(r'^#define AppExe "([^"]+)"$', script, re.M).group(1)
    assert app_exe == f"{meta.BUNDLE_NAME}.exe"
    default_bundle = re.search(r'#define BundleDir AddBackslash\(SourcePath\) \+ "([^"]+)"', script)
    bundle = (INNO_SCRIPT.parent / default_bundle.group(1).replace("\\", "/")).resolve()
    assert bundle == (ROOT / "dist" / meta.BUNDLE_NAME).resolve()
    icon = re.search(r"^SetupIconFile=(.+)$", script, re.M).group(1).replace("\\", "/")
    assert (INNO_SCRIPT.parent / icon).resolve() == (ICONS / "rtdesk.ico").resolve()
