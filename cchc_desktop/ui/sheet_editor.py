"""The one owner of an open sheet: its document, its undo stack, and a report of every change for the views.

Views never keep each other in step: the tree model, the summary bar, the print preview and the window each
listen to ``changed`` and redraw what it names (as Anki's views react to change reports). Every edit is an
undo command made here; the command calls back ``apply_edits``/``apply_note``, which commit through the
document and report.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from ..domain.scoring import Column, ScoreChange
from ..services.edits import Edit
from ..services.startup import StartDocument

if TYPE_CHECKING:  # the window paints its first sheet before the writing services are imported
    from ..services import SheetDocument
    from ..services.document import Synced
    from ..services.feed import ChangeFeed

log = logging.getLogger(__name__)


class SheetChange(NamedTuple):
    """What moved: score cells (leaf and ancestors, per column), notes, and the sheet's own details."""

    scores: frozenset[tuple[str, Column]] = frozenset()
    notes: frozenset[str] = frozenset()
    explanations: frozenset[str] = frozenset()
    rules: frozenset[str] = frozenset()  # leaves whose figures or N/A mark changed
    evidence: frozenset[str] = frozenset()  # leaves whose evidence files changed
    info: bool = False  # unit, year, date or finalized state re-read from the database
    was_finalized: bool = False  # the finalized state before an info change

    @staticmethod
    def of_scores(changes: Iterable[ScoreChange]) -> SheetChange:
        return SheetChange(scores=frozenset((code, change.column) for change in changes for code in change.affected))


class SheetEditor(QObject):
    changed = Signal(object)  # a SheetChange, after it is committed
    saved = Signal()  # something was committed to the database
    error_raised = Signal(str)  # a refusal, already in the user's words
    deleted_elsewhere = Signal(str)  # another user deleted the open sheet: who

    def __init__(self, document: SheetDocument, undo_stack: QUndoStack | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        # Undo steps belong to the sheet they were made on.
        self.undo_stack.clear()
        self._missing_evidence: frozenset[str] | None = None
        self._feed: ChangeFeed | None = None
        if not isinstance(document, StartDocument):
            self.follow_others()
        # else the first paint comes first: ui/startup.py's finish_start calls follow_others once the document exists
        # Connected first, so it runs before the views: they all read one fresh answer, asked of the database once.
        self.changed.connect(self._forget_missing_evidence)

    @property
    def missing_evidence(self) -> frozenset[str]:
        """“Thiếu minh chứng”: leaves with a self score but neither an evidence file nor an explanation."""
        if self._missing_evidence is None:
            from ..services.reading import missing_evidence

            self._missing_evidence = frozenset(missing_evidence(self.document))
        return self._missing_evidence

    def _forget_missing_evidence(self, change: SheetChange) -> None:
        if change.scores or change.explanations or change.evidence or change.info:
            self._missing_evidence = None

    # --- asking for a change (one undo step each) -----------------------------------------
    def edit_scores(self, edits: Sequence[Edit], *, source: str = "window",
                    seen: Mapping[tuple[str, Column], Decimal | None] | None = None) -> bool:
        """Make ``edits`` as one undoable step; False if nothing would change or it was refused.

        ``seen``: the values an open cell editor showed, when another user's change came in while it was open;
        the step is stored only if the cells still hold those.
        """
        from .commands import ScoreEditCommand

        sheet = self.document.sheet
        seen = seen or {}
        if all(seen.get((edit.code, edit.column), sheet.entry(edit.code, edit.column)) == edit.value
               for edit in edits):
            return False
        cleared_figures = self._cleared_figures(edits)
        if not cleared_figures:
            return self._push(ScoreEditCommand(self, edits, source=source, seen=seen))
        # Clearing a leaf whose score came from figures clears the figures with it, in the same undo step.
        from .commands import FiguresEditCommand

        others = [edit for edit in edits if (edit.code, edit.column) not in cleared_figures]
        self.undo_stack.beginMacro(QCoreApplication.translate("Commands", "Clear %1 scores").replace(
            "%1", str(len(edits))))
        try:
            ok = not others or self._push(ScoreEditCommand(self, others, source=source))
            for code, column in cleared_figures:
                ok = ok and self._push(FiguresEditCommand(self, code, column, ""))
        finally:
            self.undo_stack.endMacro()
        return ok

    def _cleared_figures(self, edits: Sequence[Edit]) -> list[tuple[str, Column]]:
        """The cells ``edits`` clear that hold figures a rule scored."""
        if all(edit.value is not None for edit in edits):
            return []
        from ..services import rules

        figures = rules.sheet_state(self.document).figures
        return [(edit.code, edit.column) for edit in edits
                if edit.value is None and (figures.get(edit.code) or {}).get(edit.column.value) is not None]

    def edit_note(self, code: str, text: str, *, seen: object = ...) -> bool:
        """``seen``: the note an open editor showed when it opened (left out: the one this document holds)."""
        from .commands import NoteEditCommand

        before = self.document.sheet.note(code) if seen is ... else seen
        if (before or "") == " ".join(text.split()):
            return False
        return self._push(NoteEditCommand(self, code, text, seen=seen))

    def edit_explanation(self, code: str, text: str, *, seen: object = ...) -> bool:
        from .commands import ExplanationEditCommand

        before = self.document.sheet.explanation(code) if seen is ... else seen
        if (before or "") == " ".join(text.split()):
            return False
        return self._push(ExplanationEditCommand(self, code, text, seen=seen))

    def paste(self, scores: Sequence[Edit], figures: Sequence[tuple[str, Column, str]]) -> bool:
        """A pasted block as one undo step: scores typed on plain leaves, figures on leaves a rule scores."""
        if not figures:
            return self.edit_scores([Edit(*score) for score in scores], source="paste")
        from ..domain.errors import CchcError
        from ..services import rules
        from .commands import PasteCellsCommand
        from .messages import describe

        try:
            after = rules.pasted_cells(self.document, rules.rule_book(self.document.workspace,
                                                                      self.document.info.framework_id),
                                       scores, figures)
        except CchcError as error:
            self.report_error(describe(error))
            return False
        before = rules.cell_values(self.document, [(cell.path, cell.column) for cell in after])
        return self._push(PasteCellsCommand(self, before, after))

    def edit_figures(self, code: str, column: Column, text: str) -> bool:
        """Store a rule leaf's figures (96%, 45/50, an option number) and the score they earn, as one step."""
        from .commands import FiguresEditCommand

        return self._push(FiguresEditCommand(self, code, column, text))

    def set_not_applicable(self, code: str, reason: str | None) -> bool:
        """Mark a leaf not applicable with ``reason``, or applicable again (None), as one step."""
        from .commands import NotApplicableCommand

        return self._push(NotApplicableCommand(self, code, reason))

    def import_scores(self, edits: Sequence[Edit], file_name: str) -> bool:
        """A file's scores into this sheet as one step, like a paste; False if refused (already said)."""
        from .commands import ImportIntoSheetCommand

        return self._push(ImportIntoSheetCommand(self, edits, file_name))

    def _push(self, command) -> bool:  # noqa: ANN001 - a command of .commands
        # A command that fails reports through error_raised itself, on redo and on undo alike.
        self.undo_stack.push(command)
        return command.error is None

    # --- committing (called by the undo commands) ---------------------------------------
    def apply_edits(self, edits: Sequence[Edit], source: str,
                    expected: Mapping[tuple[str, Column], Decimal | None] | None = None) -> list[ScoreChange]:
        changes = self.document.apply(edits, source=source, expected=expected)
        self.saved.emit()
        self.changed.emit(SheetChange.of_scores(changes))
        return changes

    def apply_cells(self, cells: Sequence, source: str, expected: Sequence = ()) -> None:  # noqa: ANN001
        """``cells``/``expected``: services.rules.CellValues to store, and what the cells must hold until then."""
        from ..services import rules

        rules.write_cells(self.document, cells, source=source, expected=expected)
        self.saved.emit()
        self.changed.emit(SheetChange(
            scores=frozenset((code, cell.column) for cell in cells for code in self._chain(cell.path)),
            rules=frozenset(cell.path for cell in cells)))  # figures and marks re-read for every pasted row

    def apply_note(self, code: str, text: str | None, source: str, expected: object = ...) -> None:
        """``expected``: the note the step found (an undo: the one it stored); left out, the one held now."""
        self.document.set_note(code, text, source=source, **({} if expected is ... else {"old": expected}))
        self.saved.emit()
        self.changed.emit(SheetChange(notes=frozenset({code})))

    def apply_explanation(self, code: str, text: str | None, source: str, expected: object = ...) -> None:
        self.document.set_explanation(code, text, source=source, **({} if expected is ... else {"old": expected}))
        self.saved.emit()
        self.changed.emit(SheetChange(explanations=frozenset({code})))

    def apply_figures(self, code: str, column: Column, text: str, source: str, expected=None) -> None:  # noqa: ANN001
        """``expected``: the leaf's rules.LeafState as the step found it (None: as stored now)."""
        from ..services import rules

        if not text.strip():
            # Emptied: the figures and their score go; an N/A mark stays (it is its own step).
            mark = (expected or rules.leaf_state(self.document, code, column)).mark
            rules.restore_figures(self.document, code, column, None, None, mark, source=source, expected=expected)
            self._rules_changed(code, column)
            return
        found = rules.set_figures(self.document, code, column, text=text, source=source, expected=expected)
        self._rules_changed(found.path, column)

    def restore_figures(self, code: str, column: Column, figures: str | None, score, mark: str | None,  # noqa: ANN001
                        source: str, expected=None) -> None:  # noqa: ANN001 - a rules.LeafState
        from ..services import rules

        rules.restore_figures(self.document, code, column, figures, score, mark, source=source, expected=expected)
        self._rules_changed(code, column)

    def apply_not_applicable(self, code: str, reason: str | None, source: str, expected: object = ...) -> None:
        """``expected``: the mark the step found (an undo: the one it stored); left out, the one stored now."""
        from ..services import rules

        path, _ = rules.mark_not_applicable(self.document, code, reason, source=source,
                                            expected=rules.CURRENT if expected is ... else expected)
        self.saved.emit()
        self.changed.emit(SheetChange(rules=frozenset({path})))

    def _rules_changed(self, code: str, column: Column) -> None:
        affected = self._chain(code)
        self.saved.emit()
        self.changed.emit(SheetChange(scores=frozenset((each, column) for each in affected),
                                      rules=frozenset({code})))

    def _chain(self, code: str) -> list[str]:
        node = self.document.sheet.framework.get(code)
        chain = []
        while node is not None:
            chain.append(node.code)
            node = node.parent
        return chain

    def follow_others(self) -> None:
        """Start the change feed, going on from the log row the document was read at (so nothing stored since
        is missed, however late it starts)."""
        if self._feed is None:
            from ..services.feed import ChangeFeed  # SQLAlchemy's (store.audit)

            self._feed = ChangeFeed(self.document)

    def take_others_changes(self) -> bool:
        """Show what other users stored in this sheet since the last look (ui/change_watch.py asks): the cells,
        their subtotals, figures, evidence and the sheet's stage. No undo step is made, and an open cell editor
        keeps what is typed in it (its delegate fills it only when it opens)."""
        from ..domain.errors import CchcError

        self.follow_others()  # if the window was asked before its start finished
        try:
            update = self._feed.poll()
        except Exception:  # noqa: BLE001 - the server is unreachable now: the next look tries again
            log.warning("could not read other users' changes", exc_info=True)
            return False
        if not update:
            return False
        if update.deleted_by is not None:
            self.deleted_elsewhere.emit(update.deleted_by)
            return True
        self.report_synced(update.synced)
        if update.rules or update.evidence:
            self.changed.emit(SheetChange(rules=frozenset(update.rules), evidence=frozenset(update.evidence)))
        if update.info:
            try:
                self.reload_info()
            except CchcError:  # deleted since, by a row the next look reads: deleted_elsewhere says it then
                pass
        return True

    def report_synced(self, synced: Synced) -> None:
        """Another user's stored values, now held by the document (a refused edit, or the change feed): every view
        redraws them; no undo step is made, for the change was not this window's."""
        if synced.codes:
            self.changed.emit(SheetChange(
                scores=SheetChange.of_scores(synced.scores).scores, notes=frozenset(synced.notes),
                explanations=frozenset(synced.explanations), rules=frozenset(synced.codes)))

    def report_error(self, text: str) -> None:
        self.error_raised.emit(text)

    # --- evidence files (tài liệu kiểm chứng) ----------------------------------------------
    def attach_evidence(self, code: str, paths: Sequence[str]) -> int:
        """Attach files to a leaf as one undoable step (each audited; one already there changes nothing); how many
        were attached. A refused file is said and stops the rest; those before it stay attached."""
        from .commands import AttachEvidenceCommand

        if not paths:
            return 0
        command = AttachEvidenceCommand(self, code, paths)
        self.undo_stack.push(command)
        return len(command.added)

    def remove_evidence(self, code: str, sha256: str) -> bool:
        """Detach one file from a leaf as one undoable step (audited); False if refused (already said)."""
        from ..services import evidence
        from .commands import RemoveEvidenceCommand

        attached = next((a for a in evidence.attachments(self.document.workspace, self.document.id, code)
                         if a.sha256 == sha256), None)
        if attached is None:
            return False  # already gone (removed from another window): nothing to undo
        return self._push(RemoveEvidenceCommand(self, code, attached))

    def apply_evidence_files(self, code: str, paths: Sequence[str], added: list) -> str | None:
        """Attach ``paths`` to ``code``, appending to ``added`` the files it attached (with who and when); the
        refusal's text when one file was refused (said already; the files before it stay attached)."""
        from ..domain.errors import CchcError
        from ..services import evidence
        from .messages import describe

        workspace, sheet_id = self.document.workspace, self.document.id
        there = {a.sha256 for a in evidence.attachments(workspace, sheet_id, code)}
        new: list[str] = []
        error = None
        try:
            for path in paths:
                attached = evidence.attach(self.document, code, path, source="window")
                if attached.sha256 not in there:
                    there.add(attached.sha256)
                    new.append(attached.sha256)
        except CchcError as refused:
            error = describe(refused)
            self.report_error(error)
        finally:
            if new:
                found = {a.sha256: a for a in evidence.attachments(workspace, sheet_id, code)}
                added.extend(found[sha256] for sha256 in new if sha256 in found)
                self._evidence_changed(code)
        return error

    def apply_evidence_removal(self, code: str, attached, keep, source: str) -> None:  # noqa: ANN001
        """Detach ``attached`` from ``code``, handing its bytes to ``keep`` first (an undo puts them back)."""
        from ..services import evidence

        keep(evidence.content(self.document.workspace, self.document.id, attached.sha256))
        evidence.remove(self.document, code, attached.sha256, source=source)
        self._evidence_changed(code)

    def apply_evidence_restore(self, code: str, attached, data: bytes, source: str) -> None:  # noqa: ANN001
        from ..services import evidence

        evidence.restore(self.document, code, attached, data, source=source)
        self._evidence_changed(code)

    def _evidence_changed(self, code: str) -> None:
        self.saved.emit()
        self.changed.emit(SheetChange(evidence=frozenset({code})))

    # --- the yearly cycle ------------------------------------------------------------------
    def advance_stage(self) -> bool:
        """Move the sheet to its next stage (audited; locked is the finalize); False if refused (already said)."""
        from ..domain.errors import CchcError
        from ..domain.stages import following
        from ..services import stages
        from .messages import describe

        target = following(self.document.stage)
        if target is None or self.document.read_only:
            return False
        try:
            stages.advance(self.document.workspace, self.document.id, target, source="window")
        except CchcError as error:
            self.report_error(describe(error))
            return False
        self.reload_info()
        return True

    def copy_round1_to_final(self) -> bool:
        """Round 1 into the final appraisal of every criterion without an explanation: one undoable, audited step."""
        from ..domain.errors import CchcError
        from ..domain.scoring import Column
        from ..domain.stages import check_editable
        from .messages import describe

        try:
            check_editable(self.document.stage, Column.APPRAISAL)
        except CchcError as error:
            self.report_error(describe(error))
            return False
        edits = self.document.round1_to_final_edits()
        return bool(edits) and self.edit_scores(edits, source="round1-to-final")

    # --- the sheet's own details ---------------------------------------------------------
    def reload_info(self) -> None:
        """Read the sheet's details again (renamed, dated, finalized or reopened elsewhere); report if they moved."""
        before = self.document.info
        self.document.refresh_info()
        if self.document.info != before:
            self.changed.emit(SheetChange(info=True, was_finalized=before.finalized_at is not None))
