"""Every refusal's kind is a Kind, every Kind has a message, and every message has its Vietnamese in the .qm."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

import cchc_desktop
from cchc_desktop.domain.kinds import Kind
from cchc_desktop.paths import translations_dir
from cchc_desktop.ui.messages import IMPORT_MESSAGES, MESSAGES

PACKAGE = Path(cchc_desktop.__file__).resolve().parent
PLACEHOLDER = re.compile(r"%(\d+)")
ALL_MESSAGES = sorted({message for table in (MESSAGES, IMPORT_MESSAGES) for messages in table.values()
                       for message in messages})


def kinds_written_in_the_code() -> list[tuple[str, str]]:
    """(kind, where) for each kind the code spells: kind="…" arguments, class-level kind = "…",
    error.kind == "…" comparisons, and Kind.X."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        where = path.relative_to(PACKAGE.parent).as_posix()
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                # .values(kind=…) sets a database column called kind (the sheet's events), not a refusal.
                if isinstance(node.func, ast.Attribute) and node.func.attr == "values":
                    continue
                for keyword in node.keywords:
                    if keyword.arg == "kind" and isinstance(keyword.value, ast.Constant) \
                            and isinstance(keyword.value.value, str):
                        found.append((keyword.value.value, f"{where}:{keyword.value.lineno}"))
            elif isinstance(node, ast.Compare) and isinstance(node.left, ast.Attribute) \
                    and node.left.attr == "kind" and isinstance(node.left.value, ast.Name) \
                    and node.left.value.id == "error":  # error.kind == "…" / in (…): a refusal told apart
                for comparator in node.comparators:
                    for constant in (comparator.elts if isinstance(comparator, ast.Tuple) else [comparator]):
                        if isinstance(constant, ast.Constant) and isinstance(constant.value, str):
                            found.append((constant.value, f"{where}:{constant.lineno}"))
            elif isinstance(node, ast.ClassDef):
                for statement in node.body:
                    if isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Constant) \
                            and any(isinstance(target, ast.Name) and target.id == "kind"
                                    for target in statement.targets):
                        found.append((statement.value.value, f"{where}:{statement.lineno}"))
            elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "Kind":
                found.append((node.attr, f"{where}:{node.lineno} (Kind.{node.attr})"))
    return found


def test_the_scan_sees_the_kinds_of_each_layer():
    kinds = {kind for kind, _ in kinds_written_in_the_code()}
    assert {"empty", "bad_label", "no_band", "disk_full", "too_large", "TOO_LARGE", "open_here"} <= kinds


def test_every_kind_written_in_the_code_is_in_the_catalogue():
    members, names = {kind.value for kind in Kind}, set(Kind.__members__)
    unknown = [f"{where}: {kind!r}" for kind, where in kinds_written_in_the_code()
               if (kind not in names if "(Kind." in where else kind not in members)]
    assert not unknown, "kinds that are not members of domain/kinds.py's Kind (misspelt, or add them there " \
                        "with a message in ui/messages.py):\n" + "\n".join(unknown)


def test_every_kind_has_a_message():
    missing = [kind for kind in Kind if kind not in MESSAGES and kind not in IMPORT_MESSAGES]
    assert not missing, f"kinds with no message in ui/messages.py: {missing}"


@pytest.mark.parametrize("message", ALL_MESSAGES, ids=lambda message: message.template[:50])
def test_every_placeholder_of_a_message_names_a_parameter(message):
    used = {int(number) for number in PLACEHOLDER.findall(message.template)}
    assert used <= set(range(1, len(message.params) + 1)), (message.template, message.params)


@pytest.fixture(scope="module")
def shipped_vietnamese() -> QTranslator:
    translator = QTranslator()
    assert translator.load("cchc_vi", str(translations_dir()))
    return translator


def test_every_message_is_in_vietnamese_in_the_shipped_qm(shipped_vietnamese):
    problems = []
    for message in ALL_MESSAGES:
        vietnamese = shipped_vietnamese.translate(message.context, message.template)
        if not vietnamese or vietnamese == message.template:
            problems.append(f"no Vietnamese: [{message.context}] {message.template!r}")
        elif set(PLACEHOLDER.findall(vietnamese)) != set(PLACEHOLDER.findall(message.template)):
            problems.append(f"placeholders differ: {message.template!r} → {vietnamese!r}")
    assert not problems, "put the Vietnamese in translations/vi_messages*.py and regenerate the .ts/.qm " \
                         "(translations/fill_ts.py):\n" + "\n".join(problems)
