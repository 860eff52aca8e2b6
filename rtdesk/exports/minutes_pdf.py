"""The minutes of a session as a PDF (A4, Italian or English), with their SHA-256 fingerprint.

The fingerprint printed in the footer is `minutes_fingerprint(document)`, defined in
`rtdesk.domain.documents` (so services can compute and store it without this module): the
SHA-256 of a canonical JSON form of what the minutes record (sorted keys, NFC text), leaving
out the approval, the errata, the language and the letterhead. The same minutes give the same
fingerprint on every machine; a changed word gives another one. A printed copy is checked by
computing the fingerprint of the stored minutes and comparing it with the footer.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable, Spacer, Table

from rtdesk.domain.documents import (
    MinutesDocument,
    MinutesItem,
    VoteLine,
    minutes_fingerprint,
)
from rtdesk.domain.enums import VoteChoice
from rtdesk.exports.pdf_common import (
    FRAME_WIDTH,
    INDENT,
    PageDecoration,
    Styles,
    Words,
    attachment_lines,
    build_pdf,
    entry_details,
    grid_table,
    kept,
    key_value_table,
    letterhead,
    make_styles,
    numbered,
    para,
    paras,
    signature_block,
)

__all__ = ["minutes_fingerprint", "write_minutes_pdf"]


def write_minutes_pdf(document: MinutesDocument, path: Path) -> str:
    """Write the minutes to `path` and return the fingerprint printed in its footer."""
    words = Words(document.language)
    styles = make_styles()
    fingerprint = minutes_fingerprint(document)
    title = words("minutes_title", ref=document.session_ref)
    if document.approval is None:
        status = words("draft_note")
    else:
        status = words(
            "approved",
            ref=document.approval.session_ref,
            date=words.short_date(document.approval.approved_on),
        )
    decoration = PageDecoration(
        words=words,
        footer_left=f"{title} — {status}",
        # The fingerprint is printed on drafts too: the Round Table can then approve "the draft
        # with fingerprint …", and the approved copy repeats it (approval is not part of it).
        footer_note=words("fingerprint", hex=fingerprint),
        draft_mark=words("draft") if document.is_draft else "",
        header_right=title,
    )
    story = _story(document, words, styles, title)
    build_pdf(
        Path(path),
        story,
        decoration,
        title=title,
        subject=words("fingerprint", hex=fingerprint),
        author=document.letterhead[0] if document.letterhead else "",
    )
    return fingerprint


def _story(document: MinutesDocument, words: Words, styles: Styles, title: str) -> list[Flowable]:
    story: list[Flowable] = [*letterhead(document.letterhead, styles)]
    story.append(para(title, styles.title))
    if document.is_draft:
        story.append(para(words("draft_note"), styles.draft))
    else:
        story.append(Spacer(1, 6))
    story.append(
        key_value_table(
            [
                (words("date"), words.long_date(document.meeting_date)),
                (words("time"), words.time_span(document.start_time, document.end_time)),
                (words("venue"), document.venue),
                (words("mode"), words.of(document.mode)),
                (words("chair"), document.chair),
                (words("secretary"), document.secretary),
            ],
            styles,
        )
    )
    story += _attendance(document, words, styles)
    story += _guests(document, words, styles)
    story += _agenda(document, words, styles)
    story += _proceedings(document, words, styles)
    story += _actions(document, words, styles)
    story += _errata(document, words, styles)
    story.append(_signatures(document, words, styles))
    return story


def _zone(number: int, name: str) -> str:
    return f"{number} – {name}" if name else str(number)


def _attendance(document: MinutesDocument, words: Words, styles: Styles) -> list[Flowable]:
    rows = []
    for line in sorted(document.attendance, key=lambda line: line.zone_number):
        attendee: list[Flowable] = [para(line.attendee, styles.cell)]
        if line.note:
            attendee.append(para(line.note, styles.cell_note))
        rows.append(
            [
                _zone(line.zone_number, line.zone_name),
                attendee,
                words.of(line.capacity) if line.capacity else "",
                words.of(line.presence),
                words.clock(line.arrived_at),
                words.clock(line.left_at),
            ]
        )
    table = grid_table(
        [
            words("col_zone"),
            words("col_attendee"),
            words("col_capacity"),
            words("col_presence"),
            words("col_arrived"),
            words("col_left"),
        ],
        rows,
        [162, 99, 72, 60, 44, 44],  # points: zone names, roles and times on one line
        styles,
    )
    outcome = document.quorum
    statement = words(
        "quorum_reached" if outcome.reached else "quorum_missed",
        present=outcome.present,
        total=outcome.total,
        rule=words.quorum_rule(document.quorum_rule),
    )
    return [
        *kept([para(words("attendance"), styles.section)], table),
        Spacer(1, 5),
        para(statement, styles.key),
    ]


def _guests(document: MinutesDocument, words: Words, styles: Styles) -> list[Flowable]:
    heading = para(words("guests"), styles.section)
    if not document.guests:
        return kept([heading], para(words("no_guests"), styles.body))
    rows = [[guest.name, guest.affiliation, guest.note] for guest in document.guests]
    header = [words("col_name"), words("col_affiliation"), words("col_note")]
    return kept([heading], grid_table(header, rows, [4, 5, 5], styles))


def _agenda(document: MinutesDocument, words: Words, styles: Styles) -> list[Flowable]:
    heading = para(words("agenda"), styles.section)
    if not document.items:
        return kept([heading], para(words("no_items"), styles.body))
    lines = [
        numbered(number, item.entry.title, styles.listed)
        for number, item in enumerate(document.items, start=1)
    ]
    return [*kept([heading], lines[0]), *lines[1:]]


def _proceedings(document: MinutesDocument, words: Words, styles: Styles) -> list[Flowable]:
    flowables: list[Flowable] = []
    # Headings not yet placed: they go down with the next thing that is placed.
    lead: list[Flowable] = [para(words("proceedings"), styles.section)]
    if document.start_time:
        opened = para(words("opened", time=words.clock(document.start_time)), styles.body)
        flowables += kept(lead, opened)
        lead = []
    for number, item in enumerate(document.items, start=1):
        flowables += _item(number, item, words, styles, lead)
        lead = []
    if lead:
        flowables += kept(lead)
    if document.end_time:
        flowables.append(Spacer(1, 6))
        flowables.append(para(words("closed", time=words.clock(document.end_time)), styles.body))
    return flowables


def _item(
    number: int, item: MinutesItem, words: Words, styles: Styles, lead: list[Flowable]
) -> list[Flowable]:
    """A numbered point: title, details, then attachments, discussion, decision and vote,
    each under its label; no page break after a title, a details line or a label."""
    entry = item.entry
    blocks: list[tuple[str, list[Flowable]]] = []
    attachments = attachment_lines(entry)
    if attachments:
        lines = [para(f"– {line}", styles.item_body) for line in attachments]
        blocks.append((f"{words('attachments')}:", lines))
    if item.discussion:
        blocks.append((words("discussion"), paras(item.discussion, styles.item_body)))
    if item.decision:
        blocks.append((words("decision"), paras(item.decision, styles.item_body)))
    if item.votes:
        blocks.append((words("vote"), [_votes(item.votes, words, styles)]))
    heads = [
        *lead,
        numbered(number, entry.title, styles.item),
        para(entry_details(entry, words), styles.item_meta),
    ]
    if not blocks:
        return kept(heads)
    flowables: list[Flowable] = []
    for label, content in blocks:
        flowables += kept([*heads, para(label, styles.item_label)], content[0])
        flowables += content[1:]
        heads = []
    return flowables


def _votes(votes: tuple[VoteLine, ...], words: Words, styles: Styles) -> Table:
    rows = []
    for choice in VoteChoice:
        zones = sorted(
            (vote for vote in votes if vote.choice is choice), key=lambda vote: vote.zone_number
        )
        listed = "; ".join(_zone(vote.zone_number, vote.zone_name) for vote in zones)
        rows.append([words.of(choice), str(len(zones)), listed or "—"])
    return grid_table(
        [words("col_vote"), words("col_count"), words("col_zones")],
        rows,
        [2.6, 0.9, 12.5],
        styles,
        width=FRAME_WIDTH - INDENT,
    )


def _actions(document: MinutesDocument, words: Words, styles: Styles) -> list[Flowable]:
    heading = para(words("actions"), styles.section)
    rows = [
        [str(number), action.description, action.owner, _due(action.due_on, words)]
        for number, item in enumerate(document.items, start=1)
        for action in item.actions
    ]
    if not rows:
        return kept([heading], para(words("no_actions"), styles.body))
    header = [words("col_item"), words("col_action"), words("col_owner"), words("col_due")]
    return kept([heading], grid_table(header, rows, [40, 250, 108, 84], styles))  # points


def _due(day: date | None, words: Words) -> str:
    return words.short_date(day) if day else ""


def _errata(document: MinutesDocument, words: Words, styles: Styles) -> list[Flowable]:
    flowables: list[Flowable] = []
    lead: list[Flowable] = [para(words("errata"), styles.section)]
    for erratum in document.errata:
        where = [words.short_date(erratum.recorded_on)]
        if erratum.recorded_at_session_ref:
            where.append(words("erratum_at", ref=erratum.recorded_at_session_ref))
        if erratum.recorded_by:
            where.append(erratum.recorded_by)
        label = para(" — ".join(where), styles.label)
        text = paras(erratum.text, styles.body)
        flowables += [*kept([*lead, label], text[0]), *text[1:]]
        lead = []
    return flowables


def _signatures(document: MinutesDocument, words: Words, styles: Styles) -> Flowable:
    return signature_block(
        [(words("sign_chair"), document.chair), (words("sign_secretary"), document.secretary)],
        styles,
    )
