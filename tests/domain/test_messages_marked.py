"""Every user message the core builds is a marked template, so the GUI can translate it.

Scans rtdesk/domain, store, services and exports with `ast`: a message handed to an error of the
RtdeskError family (or to a row problem, a cell problem or a mandate conflict) must come from
`QT_TRANSLATE_NOOP(context, "template")`, optionally `.format(...)`-ed, never from an f-string,
a concatenation or `.format` on a plain string, which lupdate cannot extract.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import rtdesk

PACKAGE = Path(rtdesk.__file__).parent
SCANNED = ("domain", "store", "services", "exports")

_ERRORS = ("RtdeskError", "ValidationError", "NotFoundError", "ConflictError", "NotAllowedError")
# callee name → (positions, keywords) of the arguments that are user messages
SINKS: dict[str, tuple[tuple[int, ...], tuple[str, ...]]] = {
    **{name: ((0,), ("message", "advice")) for name in _ERRORS},
    "ImportRejected": ((1,), ("what",)),
    "RowProblem": ((1, 2), ("message", "column")),
    "Bad": ((0,), ("message",)),
    "_Bad": ((0,), ("message",)),
    "Conflict": ((2,), ("message",)),
    # helpers that put their argument into a message
    "problem": ((1, 2), ("message", "column")),
    "clean": ((1,), ("what",)),
    "check_version": ((2,), ("what",)),
    "_check_version": ((2,), ("what",)),
    "_check_times": ((2,), ("what",)),
    "by_uuid": ((3, 4), ("gone", "advice")),
}
MARKER = "QT_TRANSLATE_NOOP"
# Calls whose result is a plain str even when given a Text: they lose the translation.
_STRING_METHODS = {"join", "format", "strip", "replace", "upper", "lower", "capitalize", "title"}


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _is_marker(node: ast.expr) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == MARKER
        and len(node.args) == 2
        and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
    )


class _Checker:
    def __init__(self, scope: ast.AST) -> None:
        # Names assigned in the enclosing function (or module): their values are checked too.
        self.assigned: dict[str, list[ast.expr]] = {}
        self.augmented: set[str] = set()
        for node in ast.walk(scope):
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        self.assigned.setdefault(target.id, []).append(node.value)
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                if isinstance(node.target, ast.Name):
                    self.assigned.setdefault(node.target.id, []).append(node.value)
            elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
                self.augmented.add(node.target.id)

    def template_ok(self, node: ast.expr, seen: frozenset[str]) -> bool:
        """An expression that is a marked template (what `.format` may be called on)."""
        if _is_marker(node):
            return True
        if isinstance(node, ast.IfExp):
            return self.template_ok(node.body, seen) and self.template_ok(node.orelse, seen)
        if isinstance(node, ast.Name):
            return self._name_ok(node.id, seen, self.template_ok)
        return False

    def message_ok(self, node: ast.expr, seen: frozenset[str] = frozenset()) -> bool:
        if isinstance(node, ast.Constant):
            return node.value == "" or node.value is None
        if isinstance(node, ast.JoinedStr | ast.BinOp):
            return False
        if isinstance(node, ast.IfExp):
            return self.message_ok(node.body, seen) and self.message_ok(node.orelse, seen)
        if isinstance(node, ast.Name):
            return self._name_ok(node.id, seen, self.message_ok)
        if isinstance(node, ast.Attribute | ast.Subscript):
            return True  # another record's message (error.message, _LABELS[name]): checked there
        if isinstance(node, ast.Call):
            if _is_marker(node):
                return True
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr == "format":
                return self.template_ok(func.value, seen)
            # Any other helper returns a message (sentences, show_period): checked where made.
            name = _name(func)
            return name != "str" and name not in _STRING_METHODS
        return False

    def _name_ok(self, name: str, seen: frozenset[str], check) -> bool:
        if name in self.augmented:
            return False
        if name in seen:
            return True
        values = self.assigned.get(name)
        if not values:
            return True  # a parameter: its callers are checked where they are sinks
        return all(check(value, seen | {name}) for value in values)


def unmarked_messages(source: str, filename: str = "<source>") -> list[str]:
    """`file:line: code` for every message argument that is not a marked template."""
    tree = ast.parse(source, filename)
    findings = []
    scopes: list[ast.AST] = [tree] + [
        node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)
    ]
    checked: set[int] = set()
    # Innermost scope first, so names resolve against the function that uses them.
    for scope in reversed(scopes):
        checker = _Checker(scope)
        for node in ast.walk(scope):
            if not isinstance(node, ast.Call) or id(node) in checked:
                continue
            sink = SINKS.get(_name(node.func) or "")
            if sink is None:
                continue
            checked.add(id(node))
            positions, keywords = sink
            arguments = [node.args[i] for i in positions if i < len(node.args)]
            arguments += [k.value for k in node.keywords if k.arg in keywords]
            for argument in arguments:
                if not checker.message_ok(argument):
                    code = ast.get_source_segment(source, argument) or ""
                    findings.append(f"{filename}:{argument.lineno}: {code[:120]}")
    return findings


def _core_files() -> list[Path]:
    return sorted(p for folder in SCANNED for p in (PACKAGE / folder).rglob("*.py"))


def test_the_scan_sees_the_core() -> None:
    files = _core_files()
    assert len(files) > 30
    sinks = sum(
        1
        for path in files
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and (_name(node.func) or "") in SINKS
    )
    assert sinks > 150  # the scan would pass vacuously if it found no message at all


def test_every_core_message_is_a_marked_template() -> None:
    findings = []
    for path in _core_files():
        relative = path.relative_to(PACKAGE.parent).as_posix()
        findings += unmarked_messages(path.read_text(encoding="utf-8"), relative)
    assert not findings, "messages not made with QT_TRANSLATE_NOOP:\n" + "\n".join(findings)


@pytest.mark.parametrize(
    "code",
    [
        'raise ValidationError(f"There is no zone {n}.")',
        'raise NotFoundError("This session no longer exists.")',
        'raise ConflictError(QT_TRANSLATE_NOOP("c", "Gone."), advice=f"Reload {what}.")',
        'raise ValidationError("There is no zone {n}.".format(n=n))',
        'raise ValidationError(" ".join(problems))',
        'raise NotAllowedError("Too late: " + reason)',
        'problems.append(RowProblem(row, f"Bad row {row}.", "zone"))',
        'raise ImportRejected(problems, what="roster")',
        'raise Bad(str(QT_TRANSLATE_NOOP("c", "Bad.")))',
        'message = f"Zone {n}."\nraise ValidationError(message)',
        'message = QT_TRANSLATE_NOOP("c", "Zone.")\nmessage += " More."\n'
        "raise ValidationError(message)",
        'template = "Zone {n}."\nraise ValidationError(template.format(n=n))',
    ],
)
def test_an_unmarked_message_is_found(code: str) -> None:
    assert unmarked_messages(f"def f():\n    {code.replace(chr(10), chr(10) + '    ')}\n")


@pytest.mark.parametrize(
    "code",
    [
        'raise ValidationError(QT_TRANSLATE_NOOP("c", "There is no zone {n}.").format(n=n))',
        'raise NotFoundError(QT_TRANSLATE_NOOP("c", "Gone."), advice=QT_TRANSLATE_NOOP("c", "X."))',
        'message = QT_TRANSLATE_NOOP("c", "A {n}.") if a else QT_TRANSLATE_NOOP("c", "B {n}.")\n'
        "raise ValidationError(message.format(n=n))",
        "problems.append(RowProblem(row, error.message, COLUMNS['zone']))",
        "raise ValidationError(sentences(problems), advice=ADVICE)",
    ],
)
def test_a_marked_message_passes(code: str) -> None:
    assert not unmarked_messages(f"def f():\n    {code.replace(chr(10), chr(10) + '    ')}\n")
