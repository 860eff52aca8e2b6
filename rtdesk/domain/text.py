"""Messages the core writes in English and the GUI translates: a string that remembers its source.

The core never imports Qt, yet its error messages must reach the Italian interface. So every
message is written as `QT_TRANSLATE_NOOP(context, template).format(name=value, ...)`:

- `pyside6-lupdate` extracts `QT_TRANSLATE_NOOP(...)` calls from any .py file, so the template
  lands in the .ts file under its context, for Qt Linguist;
- the call returns a `Text`, a `str` equal to the English sentence (so the CLI, logs and tests
  keep reading plain English), which also keeps its context, template and parameters;
- the GUI (`rtdesk.gui.messages.translated`) looks the template up with
  `QCoreApplication.translate` and formats it with the parameters shown for the user's locale:
  dates with QLocale, enums with the GUI's labels, nested texts translated in turn.

Parameters keep their type (dates, enums, numbers, nested `Text`) for that reason; never format
them into the sentence beforehand.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any

# English words for enum members inside sentences, registered by the modules that own them
# (e.g. rtdesk.domain.proposals registers its status labels); the GUI uses its own labels.
_ENGLISH_LABELS: dict[type[Enum], Mapping[Any, str]] = {}


def register_english_labels(enum_type: type[Enum], labels: Mapping[Any, str]) -> None:
    """Use `labels` for members of `enum_type` when a message is rendered in English."""
    _ENGLISH_LABELS[enum_type] = labels


def english(value: object) -> object:
    """A parameter as the English sentence shows it; numbers stay numbers for format specs."""
    if isinstance(value, Text):
        return value
    if isinstance(value, Enum):
        labels = _ENGLISH_LABELS.get(type(value))
        if labels is not None and value in labels:
            return labels[value]
        return str(value.value).replace("_", " ")
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(str(english(item)) for item in value)
    return value


class Text(str):
    """An English message (this string) with what it takes to translate it.

    `context` and `template` are what lupdate extracted; `params` are the values for the
    template's named placeholders, or None when the template is shown as it is (no `.format`
    call). An empty context means the template is not to be translated (plain text from
    elsewhere, or sentences joined by `sentences`).
    """

    context: str
    template: str
    params: Mapping[str, object] | None

    @classmethod
    def _make(
        cls, english_text: str, context: str, template: str, params: Mapping[str, object] | None
    ) -> Text:
        text = super().__new__(cls, english_text)
        text.context = context
        text.template = template
        text.params = params
        return text

    def format(self, /, **params: object) -> Text:  # type: ignore[override]
        """The message with its named placeholders filled, in English; the values are kept."""
        if self.params is not None:
            raise TypeError("this message already has its parameters")
        rendered = {name: english(value) for name, value in params.items()}
        return Text._make(self.template.format(**rendered), self.context, self.template, params)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Text._make, (str(self), self.context, self.template, self.params))


# Named as in Qt, since lupdate extracts calls by this exact name.
def QT_TRANSLATE_NOOP(context: str, source: str) -> Text:
    """Mark `source` for translation in `context`; returns it unchanged (as a `Text`)."""
    return Text._make(source, context, source, None)


def as_text(message: str) -> Text:
    """`message` as a `Text`; a plain string is kept as it is and never translated."""
    if isinstance(message, Text):
        return message
    return Text._make(message, "", message, None)


def sentences(parts: Iterable[str], separator: str = " ") -> Text:
    """Several messages shown one after the other, each translated on its own."""
    items = list(parts)
    names = [f"part{index}" for index in range(len(items))]
    template = separator.replace("{", "{{").replace("}", "}}").join(f"{{{n}}}" for n in names)
    return Text._make("", "", template, None).format(
        **{name: as_text(item) for name, item in zip(names, items, strict=True)}
    )
