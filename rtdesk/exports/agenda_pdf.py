"""The convocation of a session with its numbered agenda, as a PDF letter (A4, it or en)."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from rtdesk.domain.documents import AgendaDocument, AgendaEntry
from rtdesk.domain.enums import MeetingMode
from rtdesk.exports.pdf_common import (
    PageDecoration,
    Styles,
    Words,
    attachment_lines,
    build_pdf,
    entry_details,
    kept,
    key_value_table,
    letterhead,
    make_styles,
    numbered,
    para,
    paras,
    signature_block,
)

__all__ = ["write_agenda_pdf"]


def write_agenda_pdf(document: AgendaDocument, path: Path) -> None:
    """Write the convocation letter with the agenda of `document` to `path`."""
    words = Words(document.language)
    styles = make_styles()
    title = words("agenda_title", ref=document.session_ref)
    decoration = PageDecoration(words=words, footer_left=title)
    build_pdf(
        Path(path),
        _story(document, words, styles),
        decoration,
        title=title,
        author=document.letterhead[0] if document.letterhead else "",
    )


def _story(document: AgendaDocument, words: Words, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = [*letterhead(document.letterhead, styles)]
    dateline = []
    if document.issued_on:
        day = words.day_month_year(document.issued_on)
        dateline.append(f"{document.issued_at}, {day}" if document.issued_at else day)
    if document.protocol:
        dateline.append(words("protocol", protocol=document.protocol))
    if dateline:
        story.append(para("\n".join(dateline), styles.body_right))
    story.append(Spacer(1, 10))
    recipients = "\n".join(document.recipients) if document.recipients else words("recipients")
    story.append(para(recipients, styles.recipients))
    story.append(Spacer(1, 14))
    story.append(para(words("agenda_subject", ref=document.session_ref), styles.key))
    story.append(Spacer(1, 8))
    story.append(para(words("agenda_intro", ref=document.session_ref), styles.body))
    story.append(Spacer(1, 4))
    story.append(
        key_value_table(
            [
                (words("date"), words.long_date(document.meeting_date)),
                (words("time"), words.time_span(document.start_time, document.end_time)),
                (words("venue"), document.venue),
                (words("mode"), words.of(document.mode)),
                (
                    words("link"),
                    document.online_link if document.mode is not MeetingMode.IN_PERSON else "",
                ),
            ],
            styles,
        )
    )
    lead: list[Flowable] = [para(words("agenda_items_intro"), styles.section)]
    if not document.entries:
        story += kept(lead, para(words("no_items"), styles.body))
    for number, entry in enumerate(document.entries, start=1):
        story += _entry(number, entry, words, styles, lead)
        lead = []
    if document.notes:
        story.append(Spacer(1, 8))
        story += paras(document.notes, styles.body)
    story.append(Spacer(1, 8))
    story.append(para(words("greeting"), styles.body))
    signers = [
        (words(role), name)
        for role, name in (("sign_chair", document.chair), ("sign_secretary", document.secretary))
        if name
    ] or [(words("sign_chair"), "")]
    story.append(signature_block(signers, styles))
    return story


def _entry(
    number: int, entry: AgendaEntry, words: Words, styles: Styles, lead: list[Flowable]
) -> list[Flowable]:
    title = numbered(number, entry.title, styles.agenda_entry)
    flowables = kept([*lead, title], para(entry_details(entry, words), styles.item_meta))
    attachments = attachment_lines(entry)
    if attachments:
        listed = "\n".join(f"– {line}" for line in attachments)
        flowables.append(para(f"{words('attachments')}:\n{listed}", styles.item_meta))
    return flowables
