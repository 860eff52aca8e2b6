"""What the agenda and minutes PDFs share: DejaVu fonts, labels in it/en, styles, safe text,
thin-grid tables and the A4 page with its "Pagina X di Y" footer."""

from __future__ import annotations

import os
import re
import tempfile
import threading
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, time
from fractions import Fraction
from functools import cache
from importlib.resources import files
from io import BytesIO
from itertools import groupby, repeat
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors, rl_accel
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.tables import TableStyle

from rtdesk.domain.documents import DOCUMENT_LANGUAGES, AgendaEntry
from rtdesk.domain.enums import (
    AgendaItemKind,
    AttendanceCapacity,
    MeetingMode,
    Presence,
    VoteChoice,
)
from rtdesk.domain.sessions import QuorumRule
from rtdesk.exports.file_modes import give_default_mode

# --- labels -----------------------------------------------------------------------------------

# Every fixed word of both documents, in one table: a missing key in one language fails the
# test that compares the two key sets, not a user's printout.
LABELS: dict[str, dict[str, str]] = {
    "it": {
        "page": "Pagina {page} di {total}",
        "minutes_title": "Verbale della seduta n. {ref}",
        "agenda_title": "Convocazione della seduta n. {ref}",
        "agenda_subject": "Oggetto: convocazione della seduta n. {ref}",
        "agenda_intro": "Le SS.LL. sono invitate a partecipare alla seduta n. {ref}, che si "
        "terrà come segue.",
        "agenda_items_intro": "Ordine del giorno",
        "no_items": "Nessun punto all'ordine del giorno.",
        "greeting": "Cordiali saluti.",
        "protocol": "Prot. n. {protocol}",
        "recipients": "Ai portavoce delle zone omogenee\nAi vice portavoce\nLoro sedi",
        "draft": "BOZZA",
        "draft_note": "BOZZA — verbale non ancora approvato",
        "approved": "Approvato nella seduta n. {ref} del {date}",
        "fingerprint": "Impronta SHA-256: {hex}",
        "date": "Data",
        "time": "Orario",
        "venue": "Luogo",
        "mode": "Modalità",
        "link": "Collegamento",
        "chair": "Presidente",
        "secretary": "Segretario",
        "time_range": "dalle {start} alle {end}",
        "time_at": "ore {start}",
        "time_to": "fino alle {end}",
        "attendance": "Presenze",
        "col_zone": "Zona",
        "col_attendee": "Partecipante",
        "col_capacity": "In qualità di",
        "col_presence": "Presenza",
        "col_arrived": "Entrata",
        "col_left": "Uscita",
        "quorum_reached": "Zone presenti: {present} su {total}. Numero legale raggiunto ({rule}).",
        "quorum_missed": "Zone presenti: {present} su {total}. Numero legale non raggiunto "
        "({rule}).",
        "rule_majority": "maggioranza delle {zones} zone",
        "rule_more": "più di {share} delle {zones} zone",
        "rule_at_least": "{share} delle {zones} zone",
        "rule_required": "{what}: almeno {required} zone presenti",
        "guests": "Ospiti",
        "col_name": "Nome",
        "col_affiliation": "Ente o ruolo",
        "col_note": "Note",
        "no_guests": "Nessun ospite.",
        "agenda": "Ordine del giorno",
        "proceedings": "Svolgimento della seduta",
        "opened": "La seduta ha inizio alle ore {time}.",
        "closed": "La seduta termina alle ore {time}.",
        "presenter": "Relatore",
        "proposal": "Proposta",
        "attachments": "Allegati",
        "discussion": "Discussione",
        "decision": "Decisione",
        "vote": "Votazione",
        "col_vote": "Voto",
        "col_count": "N.",
        "col_zones": "Zone",
        "actions": "Azioni da svolgere",
        "col_item": "Punto",
        "col_action": "Azione",
        "col_owner": "Responsabile",
        "col_due": "Scadenza",
        "no_actions": "Nessuna azione.",
        "errata": "Errata corrige",
        "erratum_at": "seduta n. {ref}",
        "sign_chair": "Il Presidente",
        "sign_secretary": "Il Segretario",
        "presence.present": "Presente",
        "presence.absent": "Assente",
        "presence.excused": "Assente giustificato",
        "capacity.spokesperson": "Portavoce",
        "capacity.vicar": "Vicario",
        "capacity.deputy": "Vice portavoce",
        "capacity.delegate": "Delegato",
        "mode.in_person": "In presenza",
        "mode.online": "A distanza",
        "mode.hybrid": "Mista (in presenza e a distanza)",
        "kind.information": "Per informazione",
        "kind.discussion": "Per discussione",
        "kind.decision": "Per decisione",
        "vote.in_favour": "Favorevoli",
        "vote.against": "Contrari",
        "vote.abstained": "Astenuti",
    },
    "en": {
        "page": "Page {page} of {total}",
        "minutes_title": "Minutes of session no. {ref}",
        "agenda_title": "Notice of session no. {ref}",
        "agenda_subject": "Subject: notice of session no. {ref}",
        "agenda_intro": "You are invited to attend session no. {ref}, to be held as follows.",
        "agenda_items_intro": "Agenda",
        "no_items": "No items on the agenda.",
        "greeting": "Kind regards.",
        "protocol": "Ref. {protocol}",
        "recipients": "To the spokespersons of the homogeneous zones\nTo the deputies",
        "draft": "DRAFT",
        "draft_note": "DRAFT — minutes not yet approved",
        "approved": "Approved at session no. {ref} on {date}",
        "fingerprint": "SHA-256 fingerprint: {hex}",
        "date": "Date",
        "time": "Time",
        "venue": "Venue",
        "mode": "Mode",
        "link": "Link",
        "chair": "Chair",
        "secretary": "Secretary",
        "time_range": "from {start} to {end}",
        "time_at": "at {start}",
        "time_to": "until {end}",
        "attendance": "Attendance",
        "col_zone": "Zone",
        "col_attendee": "Attendee",
        "col_capacity": "Capacity",
        "col_presence": "Presence",
        "col_arrived": "Arrived",
        "col_left": "Left",
        "quorum_reached": "Zones present: {present} of {total}. Quorum reached ({rule}).",
        "quorum_missed": "Zones present: {present} of {total}. Quorum not reached ({rule}).",
        "rule_majority": "majority of the {zones} zones",
        "rule_more": "more than {share} of the {zones} zones",
        "rule_at_least": "{share} of the {zones} zones",
        "rule_required": "{what}: at least {required} zones present",
        "guests": "Guests",
        "col_name": "Name",
        "col_affiliation": "Organisation or role",
        "col_note": "Notes",
        "no_guests": "No guests.",
        "agenda": "Agenda",
        "proceedings": "Proceedings",
        "opened": "The session opens at {time}.",
        "closed": "The session closes at {time}.",
        "presenter": "Presenter",
        "proposal": "Proposal",
        "attachments": "Attachments",
        "discussion": "Discussion",
        "decision": "Decision",
        "vote": "Vote",
        "col_vote": "Vote",
        "col_count": "No.",
        "col_zones": "Zones",
        "actions": "Action items",
        "col_item": "Item",
        "col_action": "Action",
        "col_owner": "Owner",
        "col_due": "Due",
        "no_actions": "No action items.",
        "errata": "Errata",
        "erratum_at": "session no. {ref}",
        "sign_chair": "The Chair",
        "sign_secretary": "The Secretary",
        "presence.present": "Present",
        "presence.absent": "Absent",
        "presence.excused": "Excused",
        "capacity.spokesperson": "Spokesperson",
        "capacity.vicar": "Vicar",
        "capacity.deputy": "Deputy",
        "capacity.delegate": "Delegate",
        "mode.in_person": "In person",
        "mode.online": "Online",
        "mode.hybrid": "Hybrid (in person and online)",
        "kind.information": "For information",
        "kind.discussion": "For discussion",
        "kind.decision": "For decision",
        "vote.in_favour": "In favour",
        "vote.against": "Against",
        "vote.abstained": "Abstained",
    },
}

_ENUM_PREFIXES = {
    Presence: "presence",
    AttendanceCapacity: "capacity",
    MeetingMode: "mode",
    AgendaItemKind: "kind",
    VoteChoice: "vote",
}

_WEEKDAYS = {
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
_MONTHS = {
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}


class Words:
    """The labels of one language: `words("page", page=1, total=3)`, `words.of(Presence.ABSENT)`."""

    def __init__(self, language: str) -> None:
        if language not in DOCUMENT_LANGUAGES:
            raise ValueError(f"language must be one of {DOCUMENT_LANGUAGES}, not {language!r}")
        self.language = language
        self._table = LABELS[language]

    def __call__(self, key: str, **values: object) -> str:
        text = self._table[key]
        return text.format(**values) if values else text

    def of(
        self, value: Presence | AttendanceCapacity | MeetingMode | AgendaItemKind | VoteChoice
    ) -> str:
        return self._table[f"{_ENUM_PREFIXES[type(value)]}.{value.value}"]

    def long_date(self, day: date) -> str:
        """ "mercoledì 25 novembre 2026" / "Wednesday 25 November 2026", whatever the OS locale."""
        return f"{_WEEKDAYS[self.language][day.weekday()]} {self.day_month_year(day)}"

    def day_month_year(self, day: date) -> str:
        """ "25 novembre 2026", as in the dateline of a letter."""
        month = _MONTHS[self.language][day.month - 1]
        # Italian writes the first day of a month as an ordinal: "1° dicembre".
        number = "1°" if self.language == "it" and day.day == 1 else str(day.day)
        return f"{number} {month} {day.year}"

    def short_date(self, day: date) -> str:
        """ "10/12/2026" in Italian; "10 December 2026" in English, where 10/12 is ambiguous."""
        if self.language == "it":
            return f"{day.day:02d}/{day.month:02d}/{day.year}"
        return f"{day.day} {_MONTHS['en'][day.month - 1]} {day.year}"

    @staticmethod
    def clock(moment: time | None) -> str:
        return "" if moment is None else f"{moment.hour:02d}:{moment.minute:02d}"

    def time_span(self, start: time | None, end: time | None) -> str:
        if start and end:
            return self("time_range", start=self.clock(start), end=self.clock(end))
        if start:
            return self("time_at", start=self.clock(start))
        if end:
            return self("time_to", end=self.clock(end))
        return ""

    def quorum_rule(self, rule: QuorumRule) -> str:
        share = Fraction(rule.share)
        if share == Fraction(1, 2) and rule.strictly_more:
            what = self("rule_majority", zones=rule.zones)
        else:
            key = "rule_more" if rule.strictly_more else "rule_at_least"
            what = self(key, share=f"{share.numerator}/{share.denominator}", zones=rule.zones)
        return self("rule_required", what=what, required=rule.required)


# --- fonts ------------------------------------------------------------------------------------

SANS = "RTDesk-Sans"
SANS_BOLD = "RTDesk-Sans-Bold"
SANS_ITALIC = "RTDesk-Sans-Italic"
SANS_BOLD_ITALIC = "RTDesk-Sans-BoldItalic"
SERIF = "RTDesk-Serif"
SERIF_BOLD = "RTDesk-Serif-Bold"

_FONT_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SANS_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    SERIF: "DejaVuSerif.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
}
_FAMILIES = {
    SANS: (SANS, SANS_BOLD, SANS_ITALIC, SANS_BOLD_ITALIC),
    SERIF: (SERIF, SERIF_BOLD, SERIF, SERIF_BOLD),
}
_fonts_lock = threading.Lock()
_fonts_ready = False


def _font_bytes(file_name: str) -> BytesIO:
    # Read through importlib.resources so the fonts are found in a wheel or a bundle alike.
    return BytesIO((files("rtdesk_resources") / "fonts" / file_name).read_bytes())


def _to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """reportlab's ToUnicode CMap with characters beyond U+FFFF written as UTF-16 pairs.

    reportlab writes them as five hex digits, which PDF readers misread, so a 😀 (which DejaVu
    Sans does draw) would be copied or extracted as a wrong character.
    """
    text = _original_to_unicode_cmap(fontname, subset)
    for code, value in enumerate(subset):
        if value > 0xFFFF:
            pair = chr(value).encode("utf-16-be").hex().upper()
            text = text.replace(f"<{code:02X}> <{value:04X}>", f"<{code:02X}> <{pair}>", 1)
    return text


_original_to_unicode_cmap = ttfonts.makeToUnicodeCMap


class _DejaVu(TTFont):
    """A TrueType face whose string widths are summed in C (`sum(map(...))`).

    Without reportlab's optional C accelerator (the rl_accel package) every width is summed
    by a Python generator, and measuring words is most of the time spent laying out a long
    text. Same widths, same order of addition, so the same floats and the same layout.
    """

    def stringWidth(self, text: str | bytes, size: float, encoding: str = "utf8") -> float:
        if not isinstance(text, str):
            text = text.decode(encoding or "utf8")
        face = self.face
        return (
            0.001 * size * sum(map(face.charWidths.get, map(ord, text), repeat(face.defaultWidth)))
        )


# With the C accelerator installed, reportlab's own stringWidth is the faster one.
_FONT_CLASS = (
    TTFont
    if rl_accel.instanceStringWidthTTF is not rl_accel._py_instanceStringWidthTTF
    else _DejaVu
)


def register_fonts() -> None:
    """Register the DejaVu faces with reportlab once per process (thread-safe)."""
    global _fonts_ready
    with _fonts_lock:
        if _fonts_ready:
            return
        if ttfonts.makeToUnicodeCMap is _original_to_unicode_cmap:
            ttfonts.makeToUnicodeCMap = _to_unicode_cmap
        for name, file_name in _FONT_FILES.items():
            pdfmetrics.registerFont(_FONT_CLASS(name, _font_bytes(file_name)))
        for family, (normal, bold, italic, bold_italic) in _FAMILIES.items():
            pdfmetrics.registerFontFamily(
                family, normal=normal, bold=bold, italic=italic, boldItalic=bold_italic
            )
        _fonts_ready = True


# --- safe text --------------------------------------------------------------------------------

REPLACEMENT = "\ufffd"
FALLBACK_FACE = SANS  # the DejaVu face with the most glyphs
_CONTROL_TO_SPACE = {0x09}  # a tab becomes a space: Paragraph has no tab stops
_CONTROL_TO_NEWLINE = {0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029}


def _glyphs(face: str) -> frozenset[int]:
    return frozenset(pdfmetrics.getFont(face).face.charToGlyph)


class _GlyphFilter(dict):
    """`str.translate` table, filled lazily, keeping what `face` or the fallback face draws.

    A character neither face has becomes U+FFFD (visible, so nothing vanishes silently),
    except invisible format characters (zero-width joiners, variation selectors), which are
    dropped, and control characters, which become a space, a newline or nothing.
    """

    def __init__(self, face: str) -> None:
        super().__init__()
        self.own = _glyphs(face)
        self.drawable = self.own | _glyphs(FALLBACK_FACE)

    def __missing__(self, code: int) -> int | str | None:
        result: int | str | None
        if code == 0x0A:
            result = code
        elif code in _CONTROL_TO_SPACE:
            result = " "
        elif code in _CONTROL_TO_NEWLINE:
            result = "\n"
        elif code < 0x20 or 0x7F <= code < 0xA0:
            result = None  # other control characters have no printed form
        elif code in self.drawable:
            result = code
        elif 0xD800 <= code <= 0xDFFF:
            result = REPLACEMENT  # a lone surrogate is not a character at all
        elif _is_invisible(code):
            result = None
        else:
            result = REPLACEMENT
        self[code] = result
        return result


def _is_invisible(code: int) -> bool:
    return (
        unicodedata.category(chr(code)) == "Cf"
        or 0xFE00 <= code <= 0xFE0F
        or 0xE0100 <= code <= 0xE01EF
    )


_filters: dict[str, _GlyphFilter] = {}


def _filter(face: str) -> _GlyphFilter:
    table = _filters.get(face)
    if table is None:
        register_fonts()
        table = _filters[face] = _GlyphFilter(face)
    return table


def printable(text: str | None, face: str = SANS) -> str:
    """`text` as `face` (or the fallback face) can print it: one kind of newline, no control
    characters, U+FFFD for what no face draws. Everything else is kept exactly."""
    if not text:
        return ""
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_filter(face))


def markup(text: str | None, face: str = SANS) -> str:
    """Paragraph markup that shows `text` exactly as typed in `face`.

    Escaped (so `<b>` or `&amp;` print as typed), newlines as line breaks, runs of spaces kept
    (every second space becomes a no-break space: a Paragraph collapses plain runs), and the
    characters `face` lacks but the fallback face has (😀 in the serif, Arabic in the oblique)
    set in the fallback face. Long words are left whole: the styles split a word wider than
    the line (`splitLongWords`), so a 3,000-character word wraps instead of overflowing.
    """
    return _markup(printable(text, face), face)


def _markup(clean: str, face: str) -> str:
    if not clean:
        return ""
    escaped = escape(clean) if clean.isascii() else _with_fallback(clean, face)
    if "  " in escaped:
        escaped = _SPACE_RUN.sub(_keep_spaces, escaped)
    return escaped.replace("\n", "<br/>")


_SPACE_RUN = re.compile(r" {2,}")


def _keep_spaces(match: re.Match[str]) -> str:
    length = len(match.group())
    return " \u00a0" * (length // 2) + " " * (length % 2)


def _with_fallback(clean: str, face: str) -> str:
    own = _filter(face).own
    if face == FALLBACK_FACE or all(ord(c) in own or c == "\n" for c in clean):
        return escape(clean)
    parts: list[str] = []
    for missing, run in groupby(clean, key=lambda c: ord(c) not in own and c != "\n"):
        chunk = escape("".join(run))
        parts.append(f'<font face="{FALLBACK_FACE}">{chunk}</font>' if missing else chunk)
    return "".join(parts)


class TextParagraph(Paragraph):
    """A Paragraph that breaks its lines once per width.

    reportlab breaks the lines again at every wrap, and a paragraph is wrapped several times
    (a table cell when the table is sized, split and drawn; a heading when its guard looks
    ahead). The result depends on the width only, so it is kept; a split makes new
    paragraphs, and reportlab deletes `blPara` when it wants the lines broken again.
    """

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        cached = self.__dict__.get("_wrapped")
        if cached is not None and cached[0] == available_width and "blPara" in self.__dict__:
            return cached[1]
        size = super().wrap(available_width, available_height)
        self._wrapped = (available_width, size)
        return size


def para(text: str | None, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of user text (or of our words with user values in them): never markup."""
    return _paragraph(printable(text, style.fontName), style)


def paras(text: str | None, style: ParagraphStyle) -> list[Flowable]:
    """User text of several lines as one Paragraph per line, an empty line as a line of space.

    It looks the same as one Paragraph with line breaks (the style's space before and after
    go around the whole text), but a Paragraph without line breaks is laid out and drawn by
    reportlab's simple path, a third faster on long minutes.
    """
    clean = printable(text, style.fontName)
    lines = clean.split("\n")
    if len(lines) == 1:
        return [_paragraph(clean, style)]
    last = len(lines) - 1
    flowables: list[Flowable] = []
    for index, line in enumerate(lines):
        if not line.strip():
            flowables.append(Spacer(1, style.leading))
            continue
        flowables.append(_paragraph(line, _line_style(style, first=index == 0, last=index == last)))
    return flowables


def _paragraph(clean: str, style: ParagraphStyle) -> TextParagraph:
    """A Paragraph of printable text; plain one-line text skips reportlab's markup parser.

    The parser (an HTMLParser per paragraph) is a quarter of the time of long minutes, and for
    text in one face and one line it only makes one fragment with the style's attributes and
    the text with its spaces tidied: that fragment is cloned from one parsed once per style,
    with the same tidying (tests compare the two ways on hostile text).
    """
    face = style.fontName
    if not clean or "\n" in clean or not _drawn_by(clean, face):
        return TextParagraph(_markup(clean, face), style)
    text = cleanBlockQuotedText(_SPACE_RUN.sub(_keep_spaces, clean) if "  " in clean else clean)
    if not text:
        return TextParagraph("", style)
    template = _templates.get(style.name)
    if template is None:
        template = _templates[style.name] = TextParagraph("x", style).frags[0]
    # Lists (links, underlines) are copied: a parsed fragment owns its own.
    lists = {key: list(value) for key, value in vars(template).items() if isinstance(value, list)}
    return TextParagraph(text, style, frags=[template.clone(text=text, **lists)])


_templates: dict[str, object] = {}


def _drawn_by(clean: str, face: str) -> bool:
    """Whether `face` itself has every character (no run needs the fallback face)."""
    if clean.isascii() or face == FALLBACK_FACE:
        return True
    own = _filter(face).own
    return all(ord(c) in own for c in clean)


_line_styles: dict[tuple[str, bool, bool], ParagraphStyle] = {}


def _line_style(style: ParagraphStyle, *, first: bool, last: bool) -> ParagraphStyle:
    if first and last:
        return style
    key = (style.name, first, last)  # names are unique among the styles of make_styles()
    variant = _line_styles.get(key)
    if variant is None:
        variant = ParagraphStyle(
            f"{style.name}-line-{int(first)}{int(last)}",
            parent=style,
            spaceBefore=style.spaceBefore if first else 0,
            spaceAfter=style.spaceAfter if last else 0,
        )
        _line_styles[key] = variant
    return variant


# --- styles -----------------------------------------------------------------------------------

INK = colors.HexColor("#1a1a1a")
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#7a7a7a")
HEADER_FILL = colors.HexColor("#e6e6e6")
DRAFT_RED = colors.HexColor("#b00020")

PAGE_SIZE = A4
MARGIN = 2 * cm
FRAME_WIDTH = PAGE_SIZE[0] - 2 * MARGIN


INDENT = 20  # where the text of a numbered agenda point starts, past its number


@dataclass(frozen=True)
class Styles:
    letterhead: ParagraphStyle
    letterhead_first: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    draft: ParagraphStyle
    section: ParagraphStyle
    item: ParagraphStyle  # numbered agenda point heading in the minutes
    agenda_entry: ParagraphStyle  # numbered point in the convocation
    recipients: ParagraphStyle
    listed: ParagraphStyle  # numbered line of a list (the agenda)
    label: ParagraphStyle
    body: ParagraphStyle
    body_right: ParagraphStyle
    meta: ParagraphStyle
    item_label: ParagraphStyle  # the same three, under a numbered point
    item_body: ParagraphStyle
    item_meta: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cell_note: ParagraphStyle
    key: ParagraphStyle
    signature: ParagraphStyle


@cache
def make_styles() -> Styles:
    """The styles of both documents (made once: they are never changed)."""
    register_fonts()
    base = ParagraphStyle(
        "rt-base",
        fontName=SANS,
        fontSize=9.5,
        leading=13.5,
        textColor=INK,
        bulletFontName=SANS,
        splitLongWords=1,
        allowWidows=0,
        allowOrphans=0,
    )

    def style(name: str, parent: ParagraphStyle = base, **changes: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=parent, **changes)

    label = style("rt-label", fontName=SANS_BOLD, spaceBefore=6, spaceAfter=1)
    body = style("rt-body", spaceAfter=3)
    meta = style("rt-meta", fontName=SANS_ITALIC, fontSize=8.5, leading=12, textColor=GREY)
    subtitle = style("rt-subtitle", fontSize=10, leading=14, alignment=TA_CENTER, spaceAfter=8)
    return Styles(
        letterhead=style(
            "rt-letterhead", fontName=SERIF, fontSize=10.5, leading=14, alignment=TA_CENTER
        ),
        letterhead_first=style(
            "rt-letterhead-first", fontName=SERIF_BOLD, fontSize=13, leading=17, alignment=TA_CENTER
        ),
        title=style(
            "rt-title",
            fontName=SERIF_BOLD,
            fontSize=15,
            leading=19,
            alignment=TA_CENTER,
            spaceBefore=14,
            spaceAfter=4,
        ),
        subtitle=subtitle,
        draft=style("rt-draft", subtitle, fontName=SANS_BOLD, textColor=DRAFT_RED),
        section=style(
            "rt-section",
            fontName=SANS_BOLD,
            fontSize=11,
            leading=15,
            spaceBefore=14,
            spaceAfter=5,
        ),
        item=style(
            "rt-item",
            fontName=SANS_BOLD,
            bulletFontName=SANS_BOLD,
            fontSize=10.5,
            bulletFontSize=10.5,
            leading=14,
            spaceBefore=12,
            spaceAfter=2,
            leftIndent=INDENT,
        ),
        agenda_entry=style(
            "rt-agenda-entry",
            fontName=SANS_BOLD,
            bulletFontName=SANS_BOLD,
            leftIndent=INDENT,
            spaceBefore=7,
            spaceAfter=1,
        ),
        recipients=style("rt-recipients", leftIndent=FRAME_WIDTH / 2),
        listed=style("rt-listed", body, leftIndent=INDENT, spaceAfter=2),
        label=label,
        body=body,
        body_right=style("rt-body-right", alignment=TA_RIGHT),
        meta=meta,
        item_label=style("rt-item-label", label, leftIndent=INDENT),
        item_body=style("rt-item-body", body, leftIndent=INDENT),
        item_meta=style("rt-item-meta", meta, leftIndent=INDENT),
        cell=style("rt-cell", fontSize=8.5, leading=11),
        cell_head=style("rt-cell-head", fontName=SANS_BOLD, fontSize=8.5, leading=11),
        cell_note=style(
            "rt-cell-note", fontName=SANS_ITALIC, fontSize=8, leading=10.5, textColor=GREY
        ),
        key=style("rt-key", fontName=SANS_BOLD),
        signature=style("rt-signature", alignment=TA_CENTER, leading=14),
    )


def numbered(number: int, text: str, style: ParagraphStyle) -> Paragraph:
    """ "1. Title" with the title wrapping under itself, not under the number."""
    paragraph = para(text, style)
    paragraph.bulletText = f"{number}."
    return paragraph


def entry_details(entry: AgendaEntry, words: Words) -> str:
    """ "Per decisione · Relatore: … · Proposta P-2026-014" for an agenda point."""
    parts = [words.of(entry.kind)]
    if entry.presenter:
        parts.append(f"{words('presenter')}: {entry.presenter}")
    if entry.proposal_code:
        parts.append(f"{words('proposal')} {entry.proposal_code}")
    return " · ".join(parts)


def attachment_lines(entry: AgendaEntry) -> list[str]:
    """ "Label (reference)" for each attachment of an agenda point."""
    return [
        f"{attachment.label} ({attachment.reference})" if attachment.reference else attachment.label
        for attachment in entry.attachments
    ]


# --- tables -----------------------------------------------------------------------------------


def grid_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Flowable | list[Flowable] | str]],
    widths: Sequence[float],
    styles: Styles,
    *,
    width: float | None = None,
) -> Table:
    """A thin-grid table whose header row repeats on every page it runs onto.

    Cells given as str are user text, made into Paragraphs so they wrap (a cell may also be a
    flowable or a list of them); rows taller than a
    page (a 10,000-character note) are split inside the row instead of failing the build.
    """
    total = sum(widths)
    width = FRAME_WIDTH if width is None else width
    col_widths = [width * w / total for w in widths]
    data = [[para(h, styles.cell_head) for h in header]]
    for row in rows:
        data.append([para(c, styles.cell) if isinstance(c, str) else c for c in row])
    # Right-aligned: a table narrower than the frame is indented under a numbered point.
    table = Table(data, colWidths=col_widths, repeatRows=1, splitInRow=1, hAlign="RIGHT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONT", (0, 0), (-1, -1), SANS, 8.5),  # else a table sets Helvetica
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ]
        )
    )
    return table


def key_value_table(rows: Sequence[tuple[str, str]], styles: Styles) -> Table:
    """Label and value lines without a grid (date, venue, mode ...); empty values left out."""
    data = [[para(key, styles.key), para(value, styles.body)] for key, value in rows if value]
    if not data:
        data = [["", ""]]
    table = Table(data, colWidths=[3.4 * cm, FRAME_WIDTH - 3.4 * cm], splitInRow=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONT", (0, 0), (-1, -1), SANS, 8.5),  # else a table sets Helvetica
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def letterhead(lines: Sequence[str], styles: Styles) -> list[Flowable]:
    """The institution's lines, centred, the first one larger, then a thin rule."""
    flowables: list[Flowable] = []
    for index, line in enumerate(line for line in lines if line.strip()):
        flowables.append(para(line, styles.letterhead_first if index == 0 else styles.letterhead))
    flowables.append(HorizontalRule())
    return flowables


class HorizontalRule(Flowable):
    """A thin full-width line."""

    def __init__(self, width: float = 0.6, space: float = 6) -> None:
        super().__init__()
        self.line_width = width
        self.space = space

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, 2 * self.space

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(self.line_width)
        self.canv.line(0, self.space, self.width, self.space)


def signature_block(signers: Sequence[tuple[str, str]], styles: Styles) -> Flowable:
    """Role, name and a line to sign for each signer, side by side, kept on one page."""
    row_role = [para(role, styles.signature) for role, _name in signers]
    row_name = [para(name, styles.signature) for _role, name in signers]
    row_line = [para("_" * 30, styles.signature) for _signer in signers]
    table = Table(
        [row_role, row_name, [Spacer(1, 0.9 * cm)] * len(signers), row_line],
        colWidths=[min(7.5 * cm, FRAME_WIDTH / len(signers))] * len(signers),
        hAlign="CENTER",
        splitInRow=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONT", (0, 0), (-1, -1), SANS, 8.5),  # else a table sets Helvetica
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return KeepTogether([Spacer(1, 1.2 * cm), table])


class HeadingGuard(CondPageBreak):
    """Keeps headings with the start of what follows them: a page break when the headings and
    the first lines of the follower (two lines of text, or a table's header and first row) do
    not fit in what is left of the page.

    This is keepWithNext without its cost and its gap: reportlab's keepWithNext wraps the
    whole follower again at every try and, when a heading is followed by a two-page
    discussion, moves both to the next page and leaves half a page empty.
    """

    def __init__(self, headings: Sequence[Flowable], follower: Flowable | None) -> None:
        super().__init__(0)
        self.headings = list(headings)
        self.follower = follower

    def __repr__(self) -> str:
        return f"HeadingGuard({len(self.headings)} headings)"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        need = 0.0
        for heading in self.headings:
            _width, height = heading.wrap(available_width, available_height)
            need += height + heading.getSpaceBefore() + heading.getSpaceAfter()
        if self.follower is not None:
            need += _first_part_height(self.follower, available_width, available_height)
        frame = self._doctemplateAttr("frame")
        # Never more than half a frame: a page break cannot make a huge heading fit anyway.
        self.height = min(need + 2, (frame._height if frame else 0) / 2 or need + 2)
        if frame is not None and getattr(frame, "_atTop", False):
            return 0, 0
        return super().wrap(available_width, available_height)


def _first_part_height(flowable: Flowable, width: float, height: float) -> float:
    """The least of `flowable` that may sit under a heading at the foot of a page."""
    if isinstance(flowable, Paragraph):
        # Two lines: with allowOrphans=0 a paragraph never leaves fewer at the foot of a page.
        return flowable.getSpaceBefore() + 2 * flowable.style.leading
    if isinstance(flowable, Table):
        flowable.wrap(width, height)
        rows = flowable._rowHeights[: flowable.repeatRows + 1]
        return flowable.getSpaceBefore() + sum(rows)
    return flowable.getSpaceBefore() + flowable.wrap(width, height)[1]


def kept(headings: Sequence[Flowable], follower: Flowable | None = None) -> list[Flowable]:
    """`headings` then `follower`, with no page break possible right after the headings."""
    tail = [follower] if follower is not None else []
    return [HeadingGuard(headings, follower), *headings, *tail]


# --- page and footer --------------------------------------------------------------------------


@dataclass(frozen=True)
class PageDecoration:
    """What every page carries besides the story.

    `footer_left` is the first footer line on the left ("Verbale della seduta n. 7/2026 —
    Approvato ..."), `footer_note` an optional second line (the fingerprint), `draft_mark` a
    word printed in a red box in the header of every page ("BOZZA"), or "" for none.
    """

    words: Words
    footer_left: str
    footer_note: str = ""
    draft_mark: str = ""
    header_right: str = ""


def _page_canvas(decoration: PageDecoration) -> Callable[..., Canvas]:
    """A canvas class that writes "Pagina X di Y" once the last page is known.

    Pages are kept as recorded states and finished in `save()`, so the story is laid out only
    once (a second build pass just to count pages would double the time).
    """

    class PageCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _draw_footer(self, decoration, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return PageCanvas


def _footer_text(text: str) -> str:
    return printable(text, SANS).replace("\n", " ")


def _draw_footer(canvas: Canvas, decoration: PageDecoration, page: int, total: int) -> None:
    width = PAGE_SIZE[0]
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    top = 1.55 * cm
    canvas.line(MARGIN, top, width - MARGIN, top)
    canvas.setFillColor(GREY)
    canvas.setFont(SANS, 7.5)
    page_text = decoration.words("page", page=page, total=total)
    page_width = pdfmetrics.stringWidth(page_text, SANS, 7.5)
    left = _fit(_footer_text(decoration.footer_left), FRAME_WIDTH - page_width - 12, SANS, 7.5)
    canvas.drawString(MARGIN, top - 10, left)
    canvas.drawRightString(width - MARGIN, top - 10, page_text)
    if decoration.footer_note:
        note = _fit(_footer_text(decoration.footer_note), FRAME_WIDTH, SANS, 7)
        canvas.setFont(SANS, 7)
        canvas.drawString(MARGIN, top - 20, note)
    canvas.restoreState()


def _fit(text: str, width: float, font: str, size: float) -> str:
    """Shorten a footer line with an ellipsis so it never runs off the page."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[: max(0, len(text) - max(1, len(text) // 20))]
    return text + "…"


def _draw_header(canvas: Canvas, decoration: PageDecoration) -> None:
    width, height = PAGE_SIZE
    canvas.saveState()
    if decoration.draft_mark:
        # A red boxed word in the header of every page. No diagonal watermark: text drawn
        # across the page gets mixed into the text a screen reader or a search extracts.
        mark = _footer_text(decoration.draft_mark)
        size = 10
        mark_width = pdfmetrics.stringWidth(mark, SANS_BOLD, size)
        baseline = height - 1.3 * cm
        canvas.setStrokeColor(DRAFT_RED)
        canvas.setFillColor(DRAFT_RED)
        canvas.setLineWidth(0.9)
        canvas.rect(MARGIN, baseline - 4, mark_width + 12, size + 7, stroke=1, fill=0)
        canvas.setFont(SANS_BOLD, size)
        canvas.drawString(MARGIN + 6, baseline, mark)
    if decoration.header_right:
        canvas.setFillColor(GREY)
        canvas.setFont(SANS, 7.5)
        text = _fit(_footer_text(decoration.header_right), FRAME_WIDTH / 2, SANS, 7.5)
        canvas.drawRightString(width - MARGIN, height - 1.3 * cm, text)
    canvas.restoreState()


def build_pdf(
    path: Path,
    story: list[Flowable],
    decoration: PageDecoration,
    *,
    title: str,
    subject: str = "",
    author: str = "",
) -> None:
    """Lay out `story` on A4 pages and write the file atomically (a failed build leaves any
    earlier file at `path` untouched, never half a PDF)."""
    register_fonts()
    width, height = PAGE_SIZE
    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 0.4 * cm,
        title=_footer_text(title),
        subject=_footer_text(subject),
        author=_footer_text(author),
        creator="rtdesk",
        lang=decoration.words.language,
        # Otherwise every page names Helvetica, a font the document never uses.
        initialFontName=SANS,
        initialFontSize=9.5,
        displayDocTitle=1,
    )
    frame = Frame(
        MARGIN,
        MARGIN + 0.4 * cm,
        width - 2 * MARGIN,
        height - 2 * MARGIN - 0.4 * cm,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates(
        [
            PageTemplate(
                "page", [frame], onPage=lambda canvas, _doc: _draw_header(canvas, decoration)
            )
        ]
    )
    with _binary_streams():
        doc.build(story, canvasmaker=_page_canvas(decoration))
    write_atomically(path, buffer.getvalue())


_a85_lock = threading.Lock()


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Compressed streams without the ASCII85 layer while we build: a tenth of the time of
    long minutes without the C accelerator, and a smaller file. reportlab reads the switch
    from its global config, so it is set only for the build and put back."""
    with _a85_lock:
        previous = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = previous


def write_atomically(path: Path, data: bytes) -> None:
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        give_default_mode(Path(temporary))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
