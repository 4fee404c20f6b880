"""Undo commands: thin wrappers that commit through the sheet editor (and so the document) on redo and undo.

A command keeps what it did (codes, columns, values); its label is made from that in the current language,
again after a language switch (retranslate_stack), so the history never mixes two languages.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..domain.errors import CchcError
from ..domain.numbers import format_score
from ..domain.scoring import Column
from ..services.edits import Edit
from .messages import describe

# Consecutive edits of one cell merge into one undo step; other commands never merge.
SINGLE_CELL_EDIT_ID = 1001


def column_name(column: Column) -> str:
    if column == Column.ROUND1:
        return QCoreApplication.translate("Commands", "round 1")
    return QCoreApplication.translate("Commands", "self-assessment") if column == Column.SELF else QCoreApplication.translate("Commands", "appraisal")


class EditorCommand(QUndoCommand):
    """A step that commits through the sheet editor (``self.editor``). A refusal stores nothing: the step keeps the
    message, marks itself obsolete (the stack drops it) and the editor reports it."""

    error: str | None = None

    def _commit(self, action: Callable[[], object]) -> None:
        try:
            action()
            self.error = None
        except CchcError as error:
            self.error = describe(error)
            self.setObsolete(True)
            synced = getattr(error, "synced", None)
            if synced is not None:  # another user changed the cell first: the views show what is stored now
                self.editor.report_synced(synced)
            self.editor.report_error(self.error)


class ScoreEditCommand(EditorCommand):
    """Set (or clear) one or more leaf scores as one step; redo and undo each commit at once."""

    def __init__(self, editor, edits: Sequence[Edit], *, source: str = "window",  # noqa: ANN001
                 seen: Mapping[tuple[str, Column], Decimal | None] | None = None) -> None:
        """``seen``: what an open cell editor showed when it opened, if another user's change has come in since."""
        super().__init__()
        self.editor = editor
        sheet = editor.document.sheet
        seen = seen or {}
        self.new = list(edits)
        self.old = [Edit(edit.code, edit.column, seen.get((edit.code, edit.column), sheet.entry(edit.code, edit.column)))
                    for edit in edits]
        # An undo restores in reverse order, so a cell listed twice ends at its first old value.
        self.old.reverse()
        self.source = source
        self.error: str | None = None
        self._describe()

    def retranslate(self) -> None:
        self._describe()

    def _describe(self) -> None:
        if len(self.new) == 1:
            edit = self.new[0]
            if edit.value is None:
                text = QCoreApplication.translate("Commands", "Clear %1 %2").replace("%1", edit.code).replace("%2", column_name(edit.column))
            else:
                text = (QCoreApplication.translate("Commands", "Set %1 %2 to %3").replace("%1", edit.code).replace("%2", column_name(edit.column))
                        .replace("%3", format_score(edit.value)))
        elif self.source == "round1-to-final":
            text = QCoreApplication.translate("Commands", "Copy round 1 to the final appraisal (%1 criteria)").replace(
                "%1", str(len(self.new)))
        elif self.source == "paste":
            text = QCoreApplication.translate("Commands", "Paste %1 scores").replace("%1", str(len(self.new)))
        else:
            text = QCoreApplication.translate("Commands", "Clear %1 scores").replace("%1", str(len(self.new)))
        self.setText(text)

    def _run(self, edits: Sequence[Edit], source: str, expected: dict[tuple[str, Column], Decimal | None]) -> None:
        self._commit(lambda: self.editor.apply_edits(edits, source, expected))  # all or nothing

    def redo(self) -> None:
        # Each cell must still hold what it held before this step (the first old value of a cell listed twice)…
        self._run(self.new, self.source, {(edit.code, edit.column): edit.value for edit in self.old})

    def undo(self) -> None:
        # …and, to undo it, what this step stored (the last new value): another user's later change is not undone.
        self._run(self.old, "undo", {(edit.code, edit.column): edit.value for edit in self.new})

    def id(self) -> int:
        return SINGLE_CELL_EDIT_ID if len(self.new) == 1 and self.source == "window" else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ScoreEditCommand) or other.id() != self.id() or other.error is not None:
            return False
        mine, theirs = self.new[0], other.new[0]
        if (mine.code, mine.column) != (theirs.code, theirs.column):
            return False
        self.new = list(other.new)
        self._describe()
        if self.new[0].value == self.old[0].value:
            self.setObsolete(True)  # back where it started: nothing left to undo
        return True


class NoteEditCommand(EditorCommand):
    def __init__(self, editor, code: str, text: str, *, seen: object = ...) -> None:  # noqa: ANN001
        """``seen``: the text an open editor showed when it opened (left out: what the document holds)."""
        super().__init__()
        self.editor = editor
        self.code = code
        self.new = text or None
        self.old = self._held(editor.document) if seen is ... else (seen or None)
        self.stored = self.old  # what the step stored (cleaned), once it has: the undo expects it
        self.error: str | None = None
        self.retranslate()

    def _held(self, document) -> str | None:  # noqa: ANN001 - a SheetDocument
        return document.sheet.note(self.code)

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate("Commands", "Edit the note of %1").replace("%1", self.code))

    def _apply(self, text: str | None, source: str, expected: str | None) -> None:
        self.editor.apply_note(self.code, text, source, expected)

    def redo(self) -> None:
        self._commit(lambda: self._apply(self.new, "window", self.old))
        if self.error is None:
            self.stored = self._held(self.editor.document)

    def undo(self) -> None:
        self._commit(lambda: self._apply(self.old, "undo", self.stored))


class ExplanationEditCommand(NoteEditCommand):
    """The unit's explanation (giải trình) of a criterion, as one step; like a note, in its own column."""

    def _held(self, document) -> str | None:  # noqa: ANN001 - a SheetDocument
        return document.sheet.explanation(self.code)

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate("Commands", "Edit the explanation of %1").replace("%1", self.code))

    def _apply(self, text: str | None, source: str, expected: str | None) -> None:
        self.editor.apply_explanation(self.code, text, source, expected)


def retranslate_stack(stack: QUndoStack) -> None:
    """Label every step of ``stack`` again in the current language."""
    for position in range(stack.count()):
        command = stack.command(position)
        if hasattr(command, "retranslate"):
            command.retranslate()


class ImportIntoSheetCommand(ScoreEditCommand):
    """A file's scores put into the open sheet: one step, like a paste; undo restores every value it replaced."""

    def __init__(self, editor, edits: Sequence[Edit], file_name: str) -> None:  # noqa: ANN001
        self.file_name = file_name
        super().__init__(editor, edits, source="import")

    def _describe(self) -> None:
        self.setText(QCoreApplication.translate("Commands", "Import %1").replace("%1", self.file_name))


class FiguresEditCommand(EditorCommand):
    """A rule leaf's figures and the score they earn, as one step; undo puts back the figures, score and N/A mark."""

    def __init__(self, editor, code: str, column: Column, text: str, *,  # noqa: ANN001
                 source: str = "window") -> None:
        from ..services import rules

        super().__init__()
        self.editor = editor
        self.code = code
        self.column = column
        self.text = text
        self.source = source
        # What the leaf held before the step: a redo expects it, the undo puts it back.
        self.before = rules.leaf_state(editor.document, code, column)
        self.old_figures, self.old_score, self.old_mark = self.before
        self.after = self.before  # what the step stored, once it has: the undo expects it
        self.error: str | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate("Commands", "Enter the figures of %1 %2: %3").replace(
            "%1", self.code).replace("%2", column_name(self.column)).replace("%3", self.text))

    def redo(self) -> None:
        from ..services import rules

        self._commit(lambda: self.editor.apply_figures(self.code, self.column, self.text, self.source, self.before))
        if self.error is None:
            self.after = rules.leaf_state(self.editor.document, self.code, self.column)

    def undo(self) -> None:
        self._commit(lambda: self.editor.restore_figures(self.code, self.column, self.old_figures, self.old_score,
                                                      self.old_mark, "undo", self.after))


class PasteCellsCommand(EditorCommand):
    """A pasted block holding figures of rule leaves: every score, figures and mark it sets, as one step committed
    in one transaction; undo puts back what each cell held."""

    def __init__(self, editor, before: Sequence, after: Sequence) -> None:  # noqa: ANN001 - rules.CellValues
        super().__init__()
        self.editor = editor
        self.before, self.after = list(before), list(after)
        self.error: str | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate("Commands", "Paste %1 scores").replace("%1", str(len(self.after))))

    def redo(self) -> None:
        # Each cell must still hold what it held before the paste, and to undo it what the paste stored:
        # another user's later change is refused, not overwritten.
        self._commit(lambda: self.editor.apply_cells(self.after, "paste", self.before))

    def undo(self) -> None:
        self._commit(lambda: self.editor.apply_cells(self.before, "undo", self.after))


class NotApplicableCommand(EditorCommand):
    """Mark a leaf not applicable (with its reason) or applicable again; undo restores the previous mark."""

    def __init__(self, editor, code: str, reason: str | None) -> None:  # noqa: ANN001
        from ..services import rules

        super().__init__()
        self.editor = editor
        self.code = code
        self.reason = reason
        self.old = rules.sheet_state(editor.document).not_applicable.get(code)
        self.stored = self.old  # the mark the step stored (cleaned), once it has: the undo expects it
        self.error: str | None = None
        self.retranslate()

    def retranslate(self) -> None:
        if self.reason is None:
            text = QCoreApplication.translate("Commands", "Make %1 applicable again")
        else:
            text = QCoreApplication.translate("Commands", "Mark %1 not applicable")
        self.setText(text.replace("%1", self.code))

    def _run(self, reason: str | None, source: str, expected: str | None) -> None:
        self._commit(lambda: self.editor.apply_not_applicable(self.code, reason, source, expected))

    def redo(self) -> None:
        from ..services import rules

        self._run(self.reason, "window", self.old)
        if self.error is None:
            self.stored = rules.sheet_state(self.editor.document).not_applicable.get(self.code)

    def undo(self) -> None:
        self._run(self.old, "undo", self.stored)


class KeptBytes:
    """A removed file's bytes, kept by its undo step: in a temporary file past 1 MB, so that a long session's
    removals of 50 MB scans do not fill the memory. The file goes with the step."""

    IN_MEMORY = 1024 * 1024

    def __init__(self, data: bytes) -> None:
        import tempfile

        self._data: bytes | None = data
        self._file = None
        if len(data) > self.IN_MEMORY:
            self._file = tempfile.TemporaryFile(prefix="cchc-undo-")
            self._file.write(data)
            self._data = None

    def read(self) -> bytes:
        if self._file is None:
            return self._data or b""
        self._file.seek(0)
        return self._file.read()


class RemoveEvidenceCommand(EditorCommand):
    """Detach an evidence file from a leaf; undo attaches it again with its name, attacher and time. The bytes are
    kept by the step, since the database drops them once nothing refers to them."""

    def __init__(self, editor, code: str, attached) -> None:  # noqa: ANN001 - services.evidence.Attached
        super().__init__()
        self.editor = editor
        self.code = code
        self.attached = attached
        self.kept: KeptBytes | None = None
        self.error: str | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate("Commands", "Remove the evidence file %1 from %2").replace(
            "%1", self.attached.name).replace("%2", self.code))

    def redo(self) -> None:
        self._commit(lambda: self.editor.apply_evidence_removal(self.code, self.attached, self._keep, "window"))

    def undo(self) -> None:
        self._commit(lambda: self.editor.apply_evidence_restore(self.code, self.attached, self.kept.read(), "undo"))

    def _keep(self, data: bytes) -> None:
        self.kept = KeptBytes(data)


class AttachEvidenceCommand(EditorCommand):
    """Attach files to a leaf as one step: the first run reads them from disk; undo detaches the ones this step
    added (keeping their bytes), redo puts those back without going to the disk again."""

    def __init__(self, editor, code: str, paths: Sequence[str]) -> None:  # noqa: ANN001
        super().__init__()
        self.editor = editor
        self.code = code
        self.paths = list(paths)
        self.added: list = []  # services.evidence.Attached this step attached, with their bytes once undone
        self.kept: dict[str, KeptBytes] = {}
        self.error: str | None = None
        self.retranslate()

    def retranslate(self) -> None:
        names = [attached.name for attached in self.added] or [path.replace("\\", "/").rsplit("/", 1)[-1]
                                                                 for path in self.paths]
        if len(names) == 1:
            text = QCoreApplication.translate("Commands", "Attach %1 to %2").replace("%1", names[0])
        else:
            text = QCoreApplication.translate("Commands", "Attach %1 evidence files to %2").replace(
                "%1", str(len(names)))
        self.setText(text.replace("%2", self.code))

    def redo(self) -> None:
        if not self.kept:
            # The first run: what it attached is kept even when a later file is refused (already said).
            self.error = self.editor.apply_evidence_files(self.code, self.paths, self.added)
            if not self.added:
                self.setObsolete(True)
            self.retranslate()
            return
        for attached in self.added:
            self._commit(lambda a=attached: self.editor.apply_evidence_restore(
                self.code, a, self.kept[a.sha256].read(), "window"))

    def undo(self) -> None:
        for attached in reversed(self.added):
            self._commit(lambda a=attached: self.editor.apply_evidence_removal(
                self.code, a, lambda data, a=a: self.kept.__setitem__(a.sha256, KeptBytes(data)), "undo"))
