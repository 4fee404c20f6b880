"""Translated, plain-language messages for the errors a user can meet in the window: one table, by error kind."""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.errors import CchcError, ImportRefused
from ..domain.kinds import Kind
from ..domain.numbers import format_score


class Message(NamedTuple):
    """One English sentence, translated in the .ts; ``%1``, ``%2`` … stand for ``params``, in order.

    A kind may have several messages: the first whose placeholders all have a value (and whose ``when``
    parameter is given, if it names one) is shown, and the last is shown whatever is missing.
    """

    template: str
    params: tuple[str, ...] = ()
    when: str = ""
    context: str = "Messages"


def M(template: str, *params: str, when: str = "", context: str = "Messages") -> Message:  # noqa: N802
    return Message(template, params, when, context)


# Each message is a whole sentence (not assembled) so translators see what the user reads. QT_TRANSLATE_NOOP
# marks the English for lupdate; it is translated when shown, in the language chosen then.
_DETAILS = M(QT_TRANSLATE_NOOP("Messages", "The action could not be completed: %1"), "details")

MESSAGES: dict[Kind, tuple[Message, ...]] = {
    # Base kinds: an error raised without a more precise kind says what it is in its details.
    Kind.ERROR: (_DETAILS,),
    Kind.PARSE: (_DETAILS,),
    Kind.RANGE: (_DETAILS,),
    Kind.FRAMEWORK: (_DETAILS,),
    Kind.RULE: (_DETAILS,),
    Kind.LOCK: (_DETAILS,),
    Kind.RANKING: (_DETAILS,),
    Kind.PASTE: (_DETAILS,),
    # Packages (.cchc) between offices: each refusal says what is wrong with the file and what to do.
    Kind.PACKAGE_REFUSED: (
        M(QT_TRANSLATE_NOOP("Messages", "The package was refused and nothing was received: %1"), "details"),),
    Kind.NOT_A_PACKAGE: (
        M(QT_TRANSLATE_NOOP("Messages", "This file is not a CCHC exchange package (.cchc), or it is damaged. "
                                        "Ask the sender to send the package again."),),),
    Kind.UNKNOWN_VERSION: (
        M(QT_TRANSLATE_NOOP("Messages", "The package was made by a newer version of CCHC Desktop (format %1). "
                                        "Install the newer version to receive it; nothing was received."),
          "version"),
        M(QT_TRANSLATE_NOOP("Messages", "The package was made by a newer version of CCHC Desktop. Install the "
                                        "newer version to receive it; nothing was received.")),),
    Kind.BAD_MANIFEST: (
        M(QT_TRANSLATE_NOOP("Messages", "The package's contents list (manifest) is damaged or was changed by "
                                        "hand, so nothing was received. Ask the sender to send it again."),),),
    Kind.CRITERIA_SET_MISMATCH: (
        M(QT_TRANSLATE_NOOP("Messages", "The criteria set inside the package was changed after the package was "
                                        "made, so nothing was received. Ask the sender to send it again."),),),
    Kind.HASH_MISMATCH: (
        M(QT_TRANSLATE_NOOP("Messages", "The evidence file “%1” in the package was changed after the package was "
                                        "made, so nothing was received. Ask the sender to send it again."), "file"),
        M(QT_TRANSLATE_NOOP("Messages", "A file in the package was changed after the package was made, so "
                                        "nothing was received. Ask the sender to send it again.")),),
    Kind.ZIP_BOMB: (
        M(QT_TRANSLATE_NOOP("Messages", "The package unpacks to far more data than a score sheet and its evidence "
                                        "can hold, so it was refused and nothing was received. Do not open it; ask "
                                        "the sender what they sent."),),),
    Kind.UNSAFE_NAME: (
        M(QT_TRANSLATE_NOOP("Messages", "The package holds a file named “%1” that points outside the package, so "
                                        "it was refused and nothing was received. Ask the sender what they sent."),
          "member"),),
    Kind.DUPLICATE_MEMBER: (
        M(QT_TRANSLATE_NOOP("Messages", "The package holds the file “%1” twice, which a package made by CCHC "
                                        "Desktop never does; nothing was received. Ask the sender to send it "
                                        "again."), "member"),),
    Kind.ENCRYPTED_MEMBER: (
        M(QT_TRANSLATE_NOOP("Messages", "The package holds a file protected by a password, which a package made "
                                        "by CCHC Desktop never does; nothing was received. Ask the sender to send "
                                        "it again."),),),
    Kind.BAD_SIGNATURE: (
        M(QT_TRANSLATE_NOOP("Messages", "The package's signature does not match its contents: it was changed after "
                                        "it was signed, or the signature is damaged. Nothing was received; ask the "
                                        "sender to send it again."),),),
    Kind.UNLISTED_MEMBER: (
        M(QT_TRANSLATE_NOOP("Messages", "The package holds a file (%1) that its contents list does not name, so "
                                        "nothing was received. Ask the sender to send it again."), "member"),),
    Kind.MISSING_MEMBER: (
        M(QT_TRANSLATE_NOOP("Messages", "An evidence file listed in the package is missing from it (%1), so "
                                        "nothing was received. Ask the sender to send it again."), "member"),),
    Kind.BAD_EVIDENCE: (
        M(QT_TRANSLATE_NOOP("Messages", "An evidence file of the package is damaged, so nothing was received. Ask "
                                        "the sender to send it again."),),),
    Kind.EXCHANGE_CONFLICT: (
        M(QT_TRANSLATE_NOOP("Messages", "The package and this sheet changed the same values since their last "
                                        "exchange. Nothing was received: choose, criterion by criterion, whether "
                                        "to keep yours or take the package's."),),),
    Kind.OTHER_CRITERIA_SET: (
        M(QT_TRANSLATE_NOOP("Messages", "This unit already has a sheet for that year scored with another criteria "
                                        "set; scores of different criteria sets cannot be merged. Nothing was "
                                        "received."),),),
    Kind.OLDER_PACKAGE: (
        M(QT_TRANSLATE_NOOP("Messages", "This package was made on %1, before the package from the same unit already "
                                        "received here (made on %2): receiving it would bring back what the sender "
                                        "changed since. Nothing was received; ask the sender for their latest "
                                        "package."), "made", "last_made"),
        _DETAILS,
    ),
    Kind.BAD_KEY: (
        M(QT_TRANSLATE_NOOP("Messages", "The signing key (.p12) cannot be used: it cannot be read, its password is "
                                        "wrong, or it lacks the certificate. Check the file and its password."),),),
    # The yearly cycle. A write to a column the stage keeps closed says what this stage is for.
    Kind.BAD_STAGE: (
        M(QT_TRANSLATE_NOOP("Messages", "“%1” is not a stage: use submitted, appraised, explained, final or "
                                        "locked."), "text"),),
    # A shared PostgreSQL server (store/access.py, services/server.py): the database itself refused the change.
    Kind.NOT_PERMITTED: (
        M(QT_TRANSLATE_NOOP("Messages", "Your account %1 may not lock or reopen a sheet: only an administrator's "
                                        "account may. Nothing was changed."), "login", when="for_lock"),
        M(QT_TRANSLATE_NOOP("Messages", "Your account %1 may not move this sheet to that stage: the unit's account "
                                        "submits and explains, an appraiser's account finishes round 1 and the "
                                        "final appraisal, an administrator's account locks and reopens. Nothing was "
                                        "changed."), "login", when="for_stage"),
        M(QT_TRANSLATE_NOOP("Messages", "Your account %1 may not change the appraisal: only an appraiser's or an "
                                        "administrator's account may. The stored value is kept."), "login",
          when="for_appraiser"),
        M(QT_TRANSLATE_NOOP("Messages", "Your account %1 may not change this: only the account of the sheet's own "
                                        "unit (or an administrator's) may change its self-assessment, "
                                        "explanations, notes and evidence. The stored value is kept."), "login",
          when="for_unit"),
        M(QT_TRANSLATE_NOOP("Messages", "Your account %1 may not add or remove users or prepare the database: "
                                        "connect as the database's owner (the account that ran “cchc server "
                                        "init”)."), "login", when="for_server"),
        M(QT_TRANSLATE_NOOP("Messages", "Your account %1 may not change criteria sets, units, campaigns or "
                                        "settings: only an administrator's account may. Nothing was changed."),
          "login", when="for_admin"),
        M(QT_TRANSLATE_NOOP("Messages", "Your account may not make this change on the server. Nothing was "
                                        "changed; ask the office's administrator."),),),
    Kind.NO_SUCH_ACCOUNT: (
        M(QT_TRANSLATE_NOOP("Messages", "There is no CCHC Desktop account named %1 on this database."), "login"),),
    Kind.STAGE_CLOSED: (
        M(QT_TRANSLATE_NOOP("Messages", "This sheet has not entered the appraisal cycle: round 1 and the "
                                        "explanations open once it is submitted."), when="at_open"),
        M(QT_TRANSLATE_NOOP("Messages", "This sheet is at the drafting stage: only the self-assessment and the "
                                        "notes can be changed now."), when="at_drafting"),
        M(QT_TRANSLATE_NOOP("Messages", "This sheet has been submitted: only the round 1 appraisal can be "
                                        "changed now."), when="at_submitted"),
        M(QT_TRANSLATE_NOOP("Messages", "This sheet has been appraised (round 1): only the unit's explanations "
                                        "can be changed now."), when="at_appraised"),
        M(QT_TRANSLATE_NOOP("Messages", "The unit has sent its explanations: only the final appraisal can be "
                                        "changed now."), when="at_explained"),
        M(QT_TRANSLATE_NOOP("Messages", "The final appraisal is done: nothing can be changed now. Lock the sheet, "
                                        "or go back a stage with a reason."), when="at_final"),
        _DETAILS,
    ),
    Kind.STAGE_ORDER: (
        M(QT_TRANSLATE_NOOP("Messages", "Stages go one step at a time: drafting, submitted, appraised, "
                                        "explained, final, locked. This sheet is at “%1”."), "stage"),),
    Kind.STAGE_FIRST: (
        M(QT_TRANSLATE_NOOP("Messages", "This sheet is at its first stage: there is no stage before it to go "
                                        "back to."),),),
    Kind.STAGE_NO_REASON: (
        M(QT_TRANSLATE_NOOP("Messages", "Going back a stage needs a reason: type why it must change."),),),
    Kind.STAGE_NOT_FINAL: (
        M(QT_TRANSLATE_NOOP("Messages", "This sheet is in the appraisal cycle at “%1”: it can be locked (chốt) "
                                        "only after the final appraisal."), "stage"),),
    # Evidence files (tài liệu kiểm chứng) attached to a criterion.
    Kind.EVIDENCE_TOO_LARGE: (
        M(QT_TRANSLATE_NOOP("Messages", "“%1” is %2; an evidence file may be at most %3. Scan it at a lower "
                                        "resolution or split it into several files, then attach them."),
          "name", "size", "limit"),),
    Kind.EVIDENCE_FOLDER: (
        M(QT_TRANSLATE_NOOP("Messages", "%1 is a folder: attach the files in it one by one."), "path"),),
    Kind.EVIDENCE_UNREADABLE: (
        M(QT_TRANSLATE_NOOP("Messages", "The file %1 cannot be read. Check that it exists and is not open in "
                                        "another program, then try again."), "path"),),
    Kind.EVIDENCE_NOT_ATTACHED: (
        M(QT_TRANSLATE_NOOP("Messages", "This sheet has no evidence file %1 there; the list of its evidence files "
                                        "shows the ones it has."), "sha256"),),
    Kind.NO_SHEETS: (
        M(QT_TRANSLATE_NOOP("Messages", "There are no sheets for %1 to rank. Create or import the units' sheets "
                                        "of that year first."), "year"),),
    Kind.BAD_OUTPUT_TYPE: (
        M(QT_TRANSLATE_NOOP("Messages", "%1: the file name must end in .xlsx or .pdf, which says what to write."),
          "path"),),
    Kind.PRINT: (_DETAILS,),
    Kind.VERIFY: (_DETAILS,),
    Kind.USAGE: (_DETAILS,),
    Kind.IMPORT_REFUSED: (M(QT_TRANSLATE_NOOP("Messages", "The file cannot be imported: %1"), "details"),),
    Kind.STORE: (
        M(QT_TRANSLATE_NOOP("Messages", "The database refused the change; nothing was saved. Details: %1"),
          "details"),
    ),
    # A typed score.
    Kind.EMPTY: (M(QT_TRANSLATE_NOOP("Messages", "The score is empty: type a number such as 9,28.")),),
    Kind.NEGATIVE: (M(QT_TRANSLATE_NOOP("Messages", "“%1” is negative: a score cannot be below 0."), "text"),),
    Kind.SIGN: (M(QT_TRANSLATE_NOOP("Messages", "“%1” has a sign: type the number alone, such as 9,28."), "text"),),
    Kind.TOO_MANY_DECIMALS: (
        M(QT_TRANSLATE_NOOP("Messages", "“%1” has more than 2 decimal places: scores are kept to the hundredth, "
                                        "such as 9,28."), "text"),
    ),
    Kind.TOO_LARGE: (M(QT_TRANSLATE_NOOP("Messages", "“%1” is too large to be a score."), "text"),),
    Kind.EXPONENT: (
        M(QT_TRANSLATE_NOOP("Messages", "“%1” is written with an exponent: type the number in full, such as 9,28."),
          "text"),
    ),
    Kind.THOUSANDS: (
        M(QT_TRANSLATE_NOOP("Messages", "“%1” has a thousands separator: a score has at most one comma, such as "
                                        "9,28."), "text"),
    ),
    Kind.NOT_A_NUMBER: (
        M(QT_TRANSLATE_NOOP("Messages", "“%1” is not a number: type a score such as 9,28."), "text"),
    ),
    Kind.NOT_TEXT: (M(QT_TRANSLATE_NOOP("Messages", "“%1” is not a number: type a score such as 9,28."), "text"),),
    Kind.BELOW_ZERO: (M(QT_TRANSLATE_NOOP("Messages", "%1: %2 is below 0."), "code", "value"),),
    Kind.OVER_MAXIMUM: (
        M(QT_TRANSLATE_NOOP("Messages", "%1: %2 is over the maximum score of %3."), "code", "value", "maximum"),
        M(QT_TRANSLATE_NOOP("Messages", "The database refused a score over its maximum.")),
    ),
    Kind.BAD_COLUMN: (
        M(QT_TRANSLATE_NOOP("Messages", "“%1” is not a score column: use self or appraisal."), "text"),
    ),
    # The criteria tree and the index's grades.
    Kind.NOT_LEAF: (
        M(QT_TRANSLATE_NOOP("Messages", "%1 is computed from its sub-criteria: enter the scores on its "
                                        "sub-criteria."), "code"),
    ),
    Kind.UNKNOWN_CODE: (M(QT_TRANSLATE_NOOP("Messages", "There is no criterion %1 in this framework."), "code"),),
    Kind.BAD_CODE: (
        M(QT_TRANSLATE_NOOP("Messages", "“%1” is not a criterion code; codes look like 1, 1.2 or 1.2.3."), "code"),
    ),
    Kind.DUPLICATE_CODE: (
        M(QT_TRANSLATE_NOOP("Messages", "Criterion %1 appears twice in the criteria set; each criterion may appear "
                                        "only once."), "code"),
    ),
    Kind.BAD_MAXIMUM: (M(QT_TRANSLATE_NOOP("Messages", "The maximum score of %1 is negative."), "code"),),
    Kind.MISSING_PARENT: (
        M(QT_TRANSLATE_NOOP("Messages", "Criterion %1 has no parent: there is no criterion %2."), "code", "parent"),
    ),
    Kind.EMPTY_FRAMEWORK: (M(QT_TRANSLATE_NOOP("Messages", "The criteria set has no criteria.")),),
    Kind.BAD_CRITERION_KIND: (
        M(QT_TRANSLATE_NOOP("Messages", "“%1” is not a kind of criterion: use score, bonus or deduction."), "text"),
    ),
    Kind.NO_GRADES: (
        M(QT_TRANSLATE_NOOP("Messages", "The list of grades is empty: give at least one grade, starting from 0.")),
    ),
    Kind.GRADE_WITHOUT_LABEL: (
        M(QT_TRANSLATE_NOOP("Messages", "The grade starting at %1 has no name: give it one."), "lower"),
    ),
    Kind.BAD_GRADE_BOUND: (M(QT_TRANSLATE_NOOP("Messages", "A grade cannot start below 0 (%1)."), "lower"),),
    Kind.DUPLICATE_GRADE_BOUND: (
        M(QT_TRANSLATE_NOOP("Messages", "Two grades start at %1: each grade needs its own lower bound."), "lower"),
    ),
    Kind.GRADES_GAP: (
        M(QT_TRANSLATE_NOOP("Messages", "No grade covers an index below %1: the lowest grade must start at 0."),
          "lower"),
    ),
    Kind.BAD_GRADES: (
        M(QT_TRANSLATE_NOOP("Messages", "The list of grades cannot be read, so the criteria set may be damaged. "
                                        "Import the criteria set again. Details: %1"), "detail"),
    ),
    Kind.GRADE_TEXT: (
        M(QT_TRANSLATE_NOOP("Messages", "“%1” is not a grade: write it as FROM=NAME, e.g. 90=Tốt."), "text"),
    ),
    Kind.GRADE_ABOVE_100: (
        M(QT_TRANSLATE_NOOP("Messages", "The grade “%1” starts at %2, above 100: the index is at most 100."),
          "label", "lower"),
    ),
    # Scoring rules: figures typed for a criterion whose score a rule works out.
    Kind.FIGURES_EMPTY: (
        M(QT_TRANSLATE_NOOP("Messages", "The figures are empty: type a percentage such as 94,9% or a ratio such as "
                                        "45/50.")),
    ),
    Kind.MANUAL_RULE: (
        M(QT_TRANSLATE_NOOP("Messages", "%1 has no scoring rule: type its score instead."), "code"),
        M(QT_TRANSLATE_NOOP("Messages", "This criterion has no scoring rule: type its score instead.")),
    ),
    Kind.FIGURES_EXPECTED: (
        M(QT_TRANSLATE_NOOP("Messages", "%1 is scored by a rule from its figures: give its figures (a percentage "
                                        "such as 96% or a ratio such as 45/50), not its score."), "code"),
    ),
    Kind.BAD_OPTION: (
        M(QT_TRANSLATE_NOOP("Messages", "“%1” is not one of the options: type a number from 1 to %2."),
          "text", "count"),
        M(QT_TRANSLATE_NOOP("Messages", "%1: choose one of the options, from 1 to %2."), "code", "count"),
    ),
    Kind.NOT_ONE_FIGURE: (
        M(QT_TRANSLATE_NOOP("Messages", "“%1” is a ratio, but this rule takes one figure, such as 94,9%."), "text"),
        M(QT_TRANSLATE_NOOP("Messages", "%1: this rule takes one figure, not a ratio."), "code"),
    ),
    Kind.NOT_A_RATIO: (
        M(QT_TRANSLATE_NOOP("Messages", "“%1” is one figure, but this rule takes two, such as 45/50."), "text"),
        M(QT_TRANSLATE_NOOP("Messages", "%1: this rule takes two figures, such as 45/50."), "code"),
    ),
    Kind.NO_BAND: (
        M(QT_TRANSLATE_NOOP("Messages", "%1: no band of the scoring rule covers %2, so the score cannot be worked "
                                        "out. Type the score by hand."), "code", "figures"),
    ),
    Kind.NO_BENCHMARK: (
        M(QT_TRANSLATE_NOOP("Messages", "%1: the benchmark for this year has not been entered, so the score cannot "
                                        "be worked out. Enter the benchmark, or type the score by hand."), "code"),
    ),
    Kind.ZERO_DENOMINATOR: (
        M(QT_TRANSLATE_NOOP("Messages", "%1: “%2” divides by 0; the second figure must be above 0."),
          "code", "figures"),
    ),
    Kind.BAD_RULE: (
        M(QT_TRANSLATE_NOOP("Messages", "The scoring rule cannot be read, so the criteria set may be damaged. "
                                        "Import the criteria set again. Details: %1"), "detail"),
    ),
    Kind.AMBIGUOUS_CRITERION: (
        M(QT_TRANSLATE_NOOP("Messages", "“%1” is the number of several criteria: give the path of the one you mean "
                                        "(%2)."), "code", "paths"),
    ),
    Kind.NOT_A_CHOICE: (
        M(QT_TRANSLATE_NOOP("Messages", "%1: its scoring rule has no list of options; enter its figures instead."),
          "code"),
    ),
    Kind.NOT_A_COMPARE_RULE: (
        M(QT_TRANSLATE_NOOP("Messages", "%1: its scoring rule is not measured against a benchmark, so it takes no "
                                        "benchmark."), "code"),
    ),
    Kind.NO_NA_REASON: (
        M(QT_TRANSLATE_NOOP("Messages", "Marking %1 not applicable needs a reason: type why it does not apply."),
          "code"),
    ),
    # Sheets and units.
    Kind.SHEET_LOCKED: (
        M(QT_TRANSLATE_NOOP("Messages", "This sheet is finalized and cannot be changed. Reopen it first.")),
    ),
    # Two people on one shared database: the second to change a cell is told, and sees what is stored.
    Kind.EDIT_CONFLICT: (
        M(QT_TRANSLATE_NOOP("Messages", "%5 changed the %2 of %1 at %6, after you began: it is now %3, not %4. "
                                        "Your entry was not saved and the sheet shows the value stored now; enter "
                                        "yours again if it should replace it."),
          "code", "field", "stored", "expected", "who", "when"),
        M(QT_TRANSLATE_NOOP("Messages", "Someone else changed the %2 of %1 after you began: it is now %3, not %4. "
                                        "Your entry was not saved and the sheet shows the value stored now; enter "
                                        "yours again if it should replace it."),
          "code", "field", "stored", "expected"),
    ),
    Kind.SHEET_NOT_FOUND: (M(QT_TRANSLATE_NOOP("Messages", "Sheet %1 is not in this database."), "sheet_id"),),
    Kind.EMPTY_UNIT: (
        M(QT_TRANSLATE_NOOP("Messages", "The unit name is empty: type the name of the district or office.")),
    ),
    Kind.BAD_YEAR: (
        M(QT_TRANSLATE_NOOP("Messages", "%1 is not a plausible year for a sheet: choose a year from 2000 to 2100."),
          "year"),
    ),
    # The same sentence as the dialog that offers to open the existing sheet (ui/sheet_dialogs.py).
    Kind.SHEET_EXISTS: (
        M(QT_TRANSLATE_NOOP("SheetExists", "There is already a sheet for %1 for the year %2. A unit is scored once "
                                           "a year: open that sheet to work on it."),
          "unit", "year", context="SheetExists"),
    ),
    Kind.UNIT_EXISTS: (
        M(QT_TRANSLATE_NOOP("Messages", "There is already a unit with that name: choose another name.")),
    ),
    Kind.FRAMEWORK_MISMATCH: (
        M(QT_TRANSLATE_NOOP("Messages", "These rows of the file match no criterion of the criteria set “%1”: %2. "
                                        "Check their numbers, or choose the set the file was made for."),
          "set_name", "codes"),
        M(QT_TRANSLATE_NOOP("Messages", "The file's criteria (codes or maximum scores) differ from the criteria of "
                                        "this sheet, so it cannot be imported into it. Import it as a new sheet "
                                        "instead, or choose the file made for this sheet.")),
    ),
    Kind.NOTE_TOO_LONG: (
        M(QT_TRANSLATE_NOOP("Messages", "The note for %1 is too long: a note may have at most %2 characters. "
                                        "Shorten it, or keep the long text in a separate document."),
          "code", "limit"),
    ),
    Kind.DATABASE_MISSING: (
        M(QT_TRANSLATE_NOOP("Messages", "The database %1 does not exist. Choose the .db file again, or create a "
                                        "new database."), "path"),
        M(QT_TRANSLATE_NOOP("Messages", "The database does not exist. Choose the .db file again, or create a new "
                                        "database.")),
    ),
    # The database file and its backups.
    Kind.NEWER_SCHEMA: (
        M(QT_TRANSLATE_NOOP("Messages", "This database was written by a newer version of CCHC Desktop. Install the "
                                        "newer version to open it; the file has not been changed.")),
    ),
    Kind.NO_WAL: (
        M(QT_TRANSLATE_NOOP("Messages", "The database cannot be used in this folder. Keep it on a local disk, not "
                                        "a network or read-only folder.")),
    ),
    Kind.IN_USE: (
        M(QT_TRANSLATE_NOOP("Messages", "The database %1 is already open in another CCHC Desktop window or "
                                        "command. Close the other one and try again; nothing was opened or changed."),
          "path"),
    ),
    Kind.DAMAGED: (
        M(QT_TRANSLATE_NOOP("Messages", "The database file %1 is damaged. Restore the newest backup; the damaged "
                                        "file has been left exactly as it was."), "path"),
    ),
    Kind.NOT_DATABASE: (M(QT_TRANSLATE_NOOP("Messages", "%1 is not a CCHC Desktop database."), "path"),),
    Kind.FOREIGN_DATABASE: (M(QT_TRANSLATE_NOOP("Messages", "%1 is not a CCHC Desktop database."), "path"),),
    Kind.BACKUP: (
        M(QT_TRANSLATE_NOOP("Messages", "The backup copy could not be made: check that the disk has free space. "
                                        "Details: %1"), "details"),
    ),
    Kind.BACKUP_FAILED: (
        M(QT_TRANSLATE_NOOP("Messages", "The backup copy could not be made: check that the disk has free space. "
                                        "Details: %1"), "details"),
    ),
    Kind.BACKUP_BAD: (
        M(QT_TRANSLATE_NOOP("Messages", "The backup copy could not be made: check that the disk has free space. "
                                        "Details: %1"), "details"),
    ),
    Kind.OPEN_HERE: (
        M(QT_TRANSLATE_NOOP("Messages", "The database %1 is open in this program, so it cannot be replaced now. "
                                        "Close it first, then try again; nothing was changed."), "path"),
    ),
    Kind.FOLDER_READ_ONLY: (
        M(QT_TRANSLATE_NOOP("Messages", "The database %1 cannot be opened for work: its folder cannot be written. "
                                        "Copy the database to a folder of your own (such as Documents) and open "
                                        "that copy."), "path"),
    ),
    Kind.ORPHAN_WAL: (
        M(QT_TRANSLATE_NOOP("Messages", "The database %1 is missing, but its log file is still there: the database "
                                        "was moved or deleted without it. Put the .db file back next to its log "
                                        "file, or restore a backup; nothing was changed."), "path"),
    ),
    Kind.UNREADABLE: (
        M(QT_TRANSLATE_NOOP("Messages", "The database %1 cannot be read. Check that the disk is connected and that "
                                        "you may open the file."), "path"),
    ),
    Kind.NO_BACKUP: (
        M(QT_TRANSLATE_NOOP("Messages", "That backup does not exist. Open File → Backups to see the backups there "
                                        "are.")),
    ),
    Kind.DISK_FULL: (
        M(QT_TRANSLATE_NOOP("Messages", "The disk is full, so the change could not be saved. The database is not "
                                        "damaged: it keeps everything saved before. Free some space on the disk "
                                        "(empty the Recycle Bin, move or delete large files) and try again.")),
    ),
    Kind.READ_ONLY: (
        M(QT_TRANSLATE_NOOP("Messages", "This database file is read-only: it can be viewed and printed, but "
                                        "nothing can be changed. To work on it, copy it to a folder of your own "
                                        "(such as Documents) and open the copy.")),
    ),
    Kind.READ_ONLY_OLD: (
        M(QT_TRANSLATE_NOOP("Messages", "The database %1 is read-only and was made by an older version of CCHC "
                                        "Desktop, so it cannot be brought up to date. Copy it to a folder of your "
                                        "own (such as Documents) and open the copy."), "path"),
    ),
    Kind.SERVER_UNREACHABLE: (
        M(QT_TRANSLATE_NOOP("Messages", "The database server %1 cannot be reached. Check that the server computer "
                                        "is on and connected to the office network, and the address and port; "
                                        "nothing was changed."), "location"),
    ),
    Kind.SERVER_ADDRESS: (
        M(QT_TRANSLATE_NOOP("Messages", "%1 is not a server address this program understands. Write it as "
                                        "postgresql://user@host:port/database."), "location"),
    ),
    Kind.SERVER_LOGIN: (
        M(QT_TRANSLATE_NOOP("Messages", "The server %1 refused the user name or password. Check them with whoever "
                                        "manages the server; nothing was changed."), "location"),
    ),
    Kind.SERVER_NO_DATABASE: (
        M(QT_TRANSLATE_NOOP("Messages", "The server of %1 has no database named “%2”. Check the name, or ask "
                                        "whoever manages the server to create it; nothing was changed."),
          "location", "database"),
    ),
    Kind.SERVER_BACKUP: (
        M(QT_TRANSLATE_NOOP("Messages", "%1 is a database on a server: this program keeps no backups of it. "
                                        "Whoever manages the server backs it up (pg_dump); to keep a sheet of your "
                                        "own, send it as a .cchc package."), "location"),
    ),
    Kind.STALE_WAL: (
        M(QT_TRANSLATE_NOOP("Messages", "The database %1 has a log file (-wal) beside it that belongs to an "
                                        "earlier copy of the database. Opening it would undo newer changes, so it "
                                        "was not opened; both files are untouched. If this .db file is the copy "
                                        "you want, move the -wal and -shm files to another folder and open it "
                                        "again."), "path"),
    ),
    Kind.HARD_LINK: (
        M(QT_TRANSLATE_NOOP("Messages", "The database %1 has more than one name on the disk (hard links), so it "
                                        "could be opened twice at once and be damaged. Copy the file to a new name "
                                        "and open the copy; nothing was changed."), "path"),
    ),
    Kind.BAD_LOCK_FILE: (
        M(QT_TRANSLATE_NOOP("Messages", "The lock file %1 is not an ordinary file (it is a link to another file, "
                                        "or a folder), so it was not used. Delete it and try again; nothing was "
                                        "opened or changed."), "path"),
    ),
    Kind.NOT_REGULAR: (
        M(QT_TRANSLATE_NOOP("Messages", "%1 is not an ordinary file, so it is not a database. Choose the .db file "
                                        "itself."), "path"),
    ),
    Kind.BACKUP_UNSOUND: (
        M(QT_TRANSLATE_NOOP("Messages", "This backup does not pass its checks (it was damaged or changed after it "
                                        "was taken), so it was not restored. Choose another backup; your database "
                                        "was not changed.")),
    ),
    Kind.BACKUP_OF_OTHER_DATABASE: (
        M(QT_TRANSLATE_NOOP("Messages", "This backup is a copy of another database, so it was not restored. Open "
                                        "that file on its own instead; your database was not changed.")),
    ),
    Kind.BAD_BACKUP_NAME: (
        M(QT_TRANSLATE_NOOP("Messages", "That is not the name of a backup. Choose a backup in File → Backups.")),
    ),
    Kind.RESTORE_FAILED: (
        M(QT_TRANSLATE_NOOP("Messages", "The backup could not be copied next to the database, so it was not "
                                        "restored; your database was not changed. Check that the disk has free "
                                        "space.")),
    ),
    # Printing, finalizing, verifying and signing.
    Kind.BAD_DATE: (M(QT_TRANSLATE_NOOP("Messages", "“%1” is not a date: write it as 05/02/2024."), "text"),),
    Kind.NO_COLUMNS: (M(QT_TRANSLATE_NOOP("Messages", "Choose at least one score column to print.")),),
    Kind.WRITE_FAILED: (
        M(QT_TRANSLATE_NOOP("Messages", "%1 cannot be written: it may be open in another program, or the folder is "
                                        "read-only. Close it or choose another folder."), "path"),
    ),
    Kind.FONT_MISSING: (
        M(QT_TRANSLATE_NOOP("Messages", "The font file %1 is missing or damaged: reinstall CCHC Desktop."), "path"),
    ),
    Kind.ALREADY_FINALIZED: (M(QT_TRANSLATE_NOOP("Messages", "This sheet is already finalized.")),),
    Kind.NOT_FINALIZED: (
        M(QT_TRANSLATE_NOOP("Messages", "This sheet is not finalized, so there is nothing to reopen.")),
    ),
    Kind.NO_REASON: (
        M(QT_TRANSLATE_NOOP("Messages", "Reopening a finalized sheet needs a reason: type why it must change.")),
    ),
    Kind.OUTPUT_IS_DATABASE: (
        M(QT_TRANSLATE_NOOP("Messages", "%1 is the database, part of it or one of its backups: saving the PDF "
                                        "there would destroy it. Choose another file name ending in .pdf; nothing "
                                        "was changed."), "path"),
    ),
    Kind.OUTPUT_NOT_PDF: (
        M(QT_TRANSLATE_NOOP("Messages", "%1 already exists and is not a PDF, so it was not overwritten. Choose "
                                        "another file name ending in .pdf."), "path"),
    ),
    Kind.OUTPUT_IS_FOLDER: (
        M(QT_TRANSLATE_NOOP("Messages", "%1 is a folder: give a file name for the PDF."), "path"),
    ),
    Kind.NOT_PDF: (
        M(QT_TRANSLATE_NOOP("Messages", "The file is not a readable PDF: it may be damaged, or not a PDF at all.")),
    ),
    Kind.NO_SHEET_DATA: (
        M(QT_TRANSLATE_NOOP("Messages", "This PDF carries no score sheet data: it was not printed by CCHC Desktop, "
                                        "or the data was removed.")),
    ),
    Kind.DAMAGED_SHEET_DATA: (
        M(QT_TRANSLATE_NOOP("Messages", "The score sheet data inside the PDF is damaged, so the PDF cannot be "
                                        "checked.")),
    ),
    Kind.BAD_SHEET_DATA: (
        M(QT_TRANSLATE_NOOP("Messages", "The score sheet data cannot be read, so it cannot be checked. Details: %1"),
          "details"),
    ),
    Kind.AMBIGUOUS_SHEET: (
        M(QT_TRANSLATE_NOOP("Messages", "Several sheets in this database match the PDF: choose the sheet to "
                                        "compare it with.")),
    ),
    Kind.BAD_CERTIFICATE: (
        M(QT_TRANSLATE_NOOP("Messages", "The certificate file cannot be opened: the password is wrong, or the file "
                                        "is not a PKCS#12 (.p12/.pfx) certificate.")),
    ),
    Kind.SIGN_FAILED: (M(QT_TRANSLATE_NOOP("Messages", "The PDF could not be signed. Details: %1"), "details"),),
    # A criteria set exported, or chosen by the user (the refusals of its file are in IMPORT_MESSAGES).
    Kind.MISSING_FIELDS: (
        M(QT_TRANSLATE_NOOP("Messages", "Importing a table of criteria needs its name, year and level, and the "
                                        "file does not give them: %1."), "missing"),
    ),
    Kind.BAD_LEVEL: (
        M(QT_TRANSLATE_NOOP("Messages", "That is not a level a criteria set can be for: choose one of the levels "
                                        "offered.")),
    ),
    Kind.BAD_SUFFIX: (
        M(QT_TRANSLATE_NOOP("Messages", "A criteria set is exported to a .json or an .xlsx file: choose a file "
                                        "name ending in .json or .xlsx.")),
    ),
    Kind.UNWRITABLE: (
        M(QT_TRANSLATE_NOOP("Messages", "The file cannot be written: it may be open in another program, or the "
                                        "folder is read-only. Close it or choose another folder. Details: %1"),
          "details"),
    ),
    Kind.SET_NOT_FOUND: (M(QT_TRANSLATE_NOOP("Messages", "There is no such criteria set in this database.")),),
    Kind.SET_IN_USE: (
        M(QT_TRANSLATE_NOOP("Messages", "“%1” cannot be deleted: %2 sheet(s) are scored against it. Delete those "
                                        "sheets first, or keep the set."), "name", "sheets"),
    ),
    Kind.BUILTIN_SET: (
        M(QT_TRANSLATE_NOOP("Messages", "“%1” is built into the program and cannot be deleted."), "name"),
    ),
    Kind.LEVEL_MISMATCH: (
        M(QT_TRANSLATE_NOOP("Messages", "%1 is a unit of another level than this criteria set. Choose a set made "
                                        "for its level."), "unit"),
    ),
    Kind.UNIT_NOT_FOUND: (
        M(QT_TRANSLATE_NOOP("Messages", "There is no unit named %1: add it to the list of units first."), "unit"),
    ),
    Kind.SUCCESSION_LOOP: (
        M(QT_TRANSLATE_NOOP("Messages", "%1 cannot merge into %2: %2 would then be its own predecessor."),
          "unit", "successor"),
    ),
    Kind.NO_UNITS_OF_LEVEL: (
        M(QT_TRANSLATE_NOOP("Messages", "There are no units of that level in the list of units: add them first.")),
    ),
    Kind.CAMPAIGN_LEVEL_MISMATCH: (
        M(QT_TRANSLATE_NOOP("Messages", "This criteria set is made for units of another level: choose a set of the "
                                        "level the sheets are for.")),
    ),
}

# A refused file: the line and criterion where the refusal has them, and what to fix in the file.
IMPORT_MESSAGES: dict[Kind, tuple[Message, ...]] = {
    Kind.TOO_LARGE: (
        M(QT_TRANSLATE_NOOP("Messages", "Line %1, criterion %2: “%3” is too large to be a score. Correct it in the "
                                        "file and import again."), "line", "code", "text"),
        M(QT_TRANSLATE_NOOP("Messages", "Cell %1 of the workbook holds a value, but a score table ends at row %2 "
                                        "and column %3. Delete what is in that cell (and anything else beyond the "
                                        "table) in Excel, save, and import again."),
          "cell", "max_row", "last_column"),
        M(QT_TRANSLATE_NOOP("Messages", "The workbook unpacks to far more data than a score table holds, so it was "
                                        "not opened: it is damaged or not a score table. Check that you chose the "
                                        "right file."), when="what"),
        M(QT_TRANSLATE_NOOP("Messages", "Line %1: the file has more than 20 000 criteria; a score table is never "
                                        "that large. Check that you chose the right file."), "line"),
        M(QT_TRANSLATE_NOOP("Messages", "The file is too large to be a score table. Check that you chose the right "
                                        "file.")),
    ),
    # The score's own problems, in the file: line and criterion first, then what to type instead.
    Kind.NOT_A_NUMBER: (
        M(QT_TRANSLATE_NOOP("Messages", "Line %1, criterion %2: “%3” is not a number. Write a score such as 9,28 "
                                        "in the file and import again."), "line", "code", "text"),
    ),
    Kind.NEGATIVE: (
        M(QT_TRANSLATE_NOOP("Messages", "Line %1, criterion %2: “%3” is negative; a score cannot be below 0. "
                                        "Correct it in the file and import again."), "line", "code", "text"),
    ),
    Kind.SIGN: (
        M(QT_TRANSLATE_NOOP("Messages", "Line %1, criterion %2: “%3” has a sign. Write the number alone, such as "
                                        "9,28, and import again."), "line", "code", "text"),
    ),
    Kind.TOO_MANY_DECIMALS: (
        M(QT_TRANSLATE_NOOP("Messages", "Line %1, criterion %2: “%3” has more than 2 decimal places; scores are "
                                        "kept to the hundredth, such as 9,28. Correct it in the file and import "
                                        "again."), "line", "code", "text"),
    ),
    Kind.EXPONENT: (
        M(QT_TRANSLATE_NOOP("Messages", "Line %1, criterion %2: “%3” is written with an exponent. Write the number "
                                        "in full, such as 9,28, and import again."), "line", "code", "text"),
    ),
    Kind.THOUSANDS: (
        M(QT_TRANSLATE_NOOP("Messages", "Line %1, criterion %2: “%3” has a thousands separator; a score has at "
                                        "most one comma, such as 9,28. Correct it in the file and import again."),
          "line", "code", "text"),
    ),
    Kind.OVER_MAXIMUM: (
        M(QT_TRANSLATE_NOOP("Messages", "Line %1, criterion %2: the score %3 is over its maximum score of %4. "
                                        "Correct the score in the file and import again."),
          "line", "code", "text", "maximum"),
    ),
    Kind.BELOW_ZERO: (
        M(QT_TRANSLATE_NOOP("Messages", "Line %1, criterion %2: the score %3 is below 0. Correct it in the file "
                                        "and import again."), "line", "code", "text"),
    ),
    # The shape of the table.
    Kind.BAD_HEADER: (
        M(QT_TRANSLATE_NOOP("Messages", "Line %1: the header row cannot be used. It needs the columns STT, the "
                                        "criterion, ĐIỂM CHUẨN and at least one of ĐIỂM TỰ ĐÁNH GIÁ or ĐIỂM THẨM "
                                        "ĐỊNH, and every header row in the file must have the same columns. "
                                        "Correct the header and import again."), "line"),
    ),
    Kind.NO_HEADER: (
        M(QT_TRANSLATE_NOOP("Messages", "Line %1: a score row comes before the header row. Put the header row "
                                        "(STT, criterion, ĐIỂM CHUẨN, scores) above the table and import again."),
          "line"),
    ),
    Kind.MISSING_CODE: (
        M(QT_TRANSLATE_NOOP("Messages", "Line %1: the row has no STT code. Write its code (such as 1.2.1), or "
                                        "delete the row, and import again."), "line"),
    ),
    Kind.BAD_CODE: (
        M(QT_TRANSLATE_NOOP("Messages", "Line %1: “%2” is not a criterion code; codes look like 1, 1.2 or 1.2.3. "
                                        "Correct it and import again."), "line", "code"),
    ),
    Kind.DUPLICATE_CODE: (
        M(QT_TRANSLATE_NOOP("Messages", "Line %1: criterion %2 appears a second time. Each criterion may appear "
                                        "only once: delete or renumber the repeated row and import again."),
          "line", "code"),
    ),
    Kind.CONTROL_CHARACTERS: (
        M(QT_TRANSLATE_NOOP("Messages", "Line %1, criterion %2: the title contains invisible control characters. "
                                        "Type the title again and import again."), "line", "code"),
    ),
    Kind.MISSING_TITLE: (
        M(QT_TRANSLATE_NOOP("Messages", "Line %1, criterion %2: the criterion has no title. Write its title and "
                                        "import again."), "line", "code"),
    ),
    Kind.MISSING_MAXIMUM: (
        M(QT_TRANSLATE_NOOP("Messages", "Line %1, criterion %2: ĐIỂM CHUẨN (the maximum score) is empty. Write the "
                                        "maximum and import again."), "line", "code"),
    ),
    Kind.ONE_COLUMN: (
        M(QT_TRANSLATE_NOOP("Messages", "Line %1, criterion %2: the row has only one column. Columns must be "
                                        "separated by tabs: copy the table from Excel, or save it as tab-separated "
                                        "text, and import again."), "line", "code"),
    ),
    Kind.MISSING_PARENT: (
        M(QT_TRANSLATE_NOOP("Messages", "Line %1: criterion %2 has no parent: there is no row %3. Add that row or "
                                        "correct the code, and import again."), "line", "code", "parent"),
    ),
    Kind.BAD_MAXIMUM: (
        M(QT_TRANSLATE_NOOP("Messages", "Line %1, criterion %2: the maximum score is negative. Correct it and "
                                        "import again."), "line", "code"),
    ),
    Kind.FRAMEWORK_MISMATCH: MESSAGES[Kind.FRAMEWORK_MISMATCH],
    Kind.NO_TABLE: (
        M(QT_TRANSLATE_NOOP("Messages", "The file holds no score table: no header row starting with STT was found. "
                                        "Choose the file with the score table, or add its header row (STT, "
                                        "criterion, ĐIỂM CHUẨN, scores).")),
    ),
    Kind.NO_ROWS: (
        M(QT_TRANSLATE_NOOP("Messages", "The file has a header row but no criterion rows under it. Check that you "
                                        "chose the right file.")),
    ),
    # The file itself.
    Kind.EMPTY_FILE: (
        M(QT_TRANSLATE_NOOP("Messages", "The file is empty. Choose the file that holds the score table.")),
    ),
    Kind.BAD_ENCODING: (
        M(QT_TRANSLATE_NOOP("Messages", "Line %1: the file is not UTF-8 text. Save it as UTF-8 (Unicode) text, for "
                                        "example with Notepad's “Save as”, and import again."), "line"),
        M(QT_TRANSLATE_NOOP("Messages", "The file's text encoding cannot be read. Save it as UTF-8 (Unicode) text, "
                                        "for example with Notepad's “Save as”, and import again.")),
    ),
    Kind.NOTE_TOO_LONG: (
        M(QT_TRANSLATE_NOOP("Messages", "Line %1, criterion %2: the note is too long (a note may have at most %3 "
                                        "characters). Shorten it in the file and import again."),
          "line", "code", "limit"),
    ),
    Kind.BINARY_FILE: (
        M(QT_TRANSLATE_NOOP("Messages", "The file is not a text table: it holds binary data. Choose a .txt table "
                                        "or an .xlsx workbook.")),
    ),
    Kind.UNREADABLE: (
        M(QT_TRANSLATE_NOOP("Messages", "The file cannot be read. Check that it still exists, that its disk or USB "
                                        "drive is connected and that it is not locked by another program, then try "
                                        "again.")),
    ),
    # Excel workbooks.
    Kind.FORMULA: (
        M(QT_TRANSLATE_NOOP("Messages", "Row %1 of the workbook holds a formula. In Excel copy the table and paste "
                                        "it back as values only (Paste Special → Values), save, and import again."),
          "line"),
        M(QT_TRANSLATE_NOOP("Messages", "The workbook holds a formula. In Excel copy the table and paste it back "
                                        "as values only (Paste Special → Values), save, and import again.")),
    ),
    Kind.BAD_CELL: (
        M(QT_TRANSLATE_NOOP("Messages", "Row %1 of the workbook holds a value that is neither text nor a number "
                                        "(such as TRUE or FALSE). Correct it in Excel and import again."), "line"),
        M(QT_TRANSLATE_NOOP("Messages", "The workbook holds a value that is neither text nor a number (such as "
                                        "TRUE or FALSE). Correct it in Excel and import again.")),
    ),
    Kind.MERGED_CELLS: (
        M(QT_TRANSLATE_NOOP("Messages", "Cells %1 are merged inside the table. Unmerge them in Excel and import "
                                        "again."), "cells"),
    ),
    # Hostile or oversized files: hidden values, and text too long to be a score table's.
    Kind.HIDDEN_ROW: (
        M(QT_TRANSLATE_NOOP("Messages", "Row %1 of the workbook is hidden in Excel but holds values; a hidden "
                                        "score would count without anyone seeing it. Unhide the row or delete it "
                                        "in Excel, and import again."), "line"),
    ),
    Kind.HIDDEN_COLUMN: (
        M(QT_TRANSLATE_NOOP("Messages", "Column %4 of the workbook is hidden in Excel but holds values; row %1 is "
                                        "the first with a value in it. Unhide the column or delete it in Excel, "
                                        "and import again."), "line", "code", "text", "cells"),
    ),
    Kind.NO_VISIBLE_SHEET: (
        M(QT_TRANSLATE_NOOP("Messages", "The workbook has no visible sheet. In Excel, unhide the sheet that holds "
                                        "the score table and import again.")),
    ),
    Kind.DIRECTION_OVERRIDE: (
        M(QT_TRANSLATE_NOOP("Messages", "Line %1, criterion %2: the text holds invisible direction-override "
                                        "characters, which make it show in another order than it is stored. Type "
                                        "the text again in the file and import again."), "line", "code"),
    ),
    Kind.TITLE_TOO_LONG: (
        M(QT_TRANSLATE_NOOP("Messages", "Line %1, criterion %2: the title is %3 characters long; a criterion title "
                                        "has at most %4. Shorten it in the file and import again."),
          "line", "code", "length", "limit"),
    ),
    Kind.CELL_TOO_LONG: (
        M(QT_TRANSLATE_NOOP("Messages", "Line %1, criterion %2: the text is %3 characters long; a cell of a score "
                                        "table has at most %4. Shorten it in the file and import again."),
          "line", "code", "length", "limit"),
        M(QT_TRANSLATE_NOOP("Messages", "Line %1: the text is %3 characters long; a cell of a score table has at "
                                        "most %4. Check that you chose the right file."),
          "line", "code", "length", "limit"),
    ),
    Kind.TOO_MANY_COLUMNS: (
        M(QT_TRANSLATE_NOOP("Messages", "Line %1: the row has more than %4 columns; a score table has only a few. "
                                        "Check that you chose the right file."), "line", "code", "text", "limit"),
    ),
    Kind.BAD_WORKBOOK: (
        M(QT_TRANSLATE_NOOP("Messages", "The file is not a readable Excel workbook (.xlsx). Open it in Excel, save "
                                        "it again as an .xlsx workbook, and import again.")),
    ),
    # A criteria set read from a table (Word, Excel or text) or from its own .json file.
    Kind.BAD_LABEL: (
        M(QT_TRANSLATE_NOOP("Messages", "Line %1: “%2” is not a criterion number the program can read; numbers "
                                        "look like I, 1, 1.2, a) or đ). Correct it in the file and import again."),
          "line", "code"),
    ),
    Kind.DATE_CELL: (
        M(QT_TRANSLATE_NOOP("Messages", "Row %1 of the workbook holds a date where a criterion number should be: "
                                        "Excel turns numbers such as 1.1 into dates. Format the column as Text, "
                                        "type the numbers again, save, and import again."), "line"),
    ),
    Kind.OLD_FORMAT: (
        M(QT_TRANSLATE_NOOP("Messages", "The file is in the old Office format (.doc or .xls). Open it in Word or "
                                        "Excel, save it as a .docx or .xlsx file, and import that file.")),
    ),
    Kind.BAD_FILE: (
        M(QT_TRANSLATE_NOOP("Messages", "The file is not a readable Word (.docx) or Excel (.xlsx) file: it is "
                                        "damaged, or not really what its name says. Open it in Word or Excel, save "
                                        "it again, and import again.")),
    ),
    Kind.BAD_SET_FILE: (
        M(QT_TRANSLATE_NOOP("Messages", "Row %1 of the criteria set file cannot be used: the file was changed by "
                                        "hand or damaged. Export the set again from the program that holds it."),
          "line"),
        M(QT_TRANSLATE_NOOP("Messages", "The file is not a criteria set exported by CCHC Desktop, or it was "
                                        "changed by hand or damaged. Export the set again from the program that "
                                        "holds it.")),
    ),
    Kind.NEWER_SET_FILE: (
        M(QT_TRANSLATE_NOOP("Messages", "The criteria set file was written by a newer version of CCHC Desktop. "
                                        "Install the newer version to import it.")),
    ),
    Kind.DIGEST_MISMATCH: (
        M(QT_TRANSLATE_NOOP("Messages", "The criteria set file was changed after it was exported (its check sum "
                                        "does not match its content), so it was not imported. Export it again from "
                                        "the program that holds the set.")),
    ),
}

# A line of a text table and a cell of a workbook are both "a cell of a score table" to the user.
IMPORT_MESSAGES[Kind.LINE_TOO_LONG] = IMPORT_MESSAGES[Kind.CELL_TOO_LONG]

_GENERIC_IMPORT = MESSAGES[Kind.IMPORT_REFUSED][0]


# The stored fields an edit conflict can name (services.errors.EditConflictError's ``field``), in words.
CONFLICT_FIELDS = {
    "self": QT_TRANSLATE_NOOP("Messages", "self-assessment score"),
    "appraisal": QT_TRANSLATE_NOOP("Messages", "appraisal score"),
    "round1": QT_TRANSLATE_NOOP("Messages", "round 1 appraisal score"),
    "note": QT_TRANSLATE_NOOP("Messages", "note"),
    "explanation": QT_TRANSLATE_NOOP("Messages", "explanation"),
    "self_figures": QT_TRANSLATE_NOOP("Messages", "self-assessment figures"),
    "appraisal_figures": QT_TRANSLATE_NOOP("Messages", "appraisal figures"),
    "not_applicable": QT_TRANSLATE_NOOP("Messages", "not-applicable mark"),
}
_CONFLICT_TEXT_CHARS = 60  # a long note is named by its beginning


def _conflict_values(values: dict[str, str]) -> None:
    """An edit conflict's field in words, an empty cell said as such, a long text cut short."""
    values["field"] = QCoreApplication.translate("Messages", CONFLICT_FIELDS.get(values.get("field", ""), "note"))
    for name in ("stored", "expected"):
        text = values.get(name, "")
        if not text:
            values[name] = QCoreApplication.translate("Messages", "empty")
        elif len(text) > _CONFLICT_TEXT_CHARS:
            values[name] = f"“{text[:_CONFLICT_TEXT_CHARS - 1]}…”"


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format_score(value)
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value))
    return str(value)


def _values(error: CchcError) -> dict[str, str]:
    values = {name: _text(value) for name, value in error.params.items()}
    values["details"] = str(error)
    if error.kind == Kind.EDIT_CONFLICT:
        _conflict_values(values)
    if isinstance(error, ImportRefused):
        if values.get("code") == "total":  # a number on the file's TỔNG ĐIỂM row
            values["code"] = QCoreApplication.translate("Messages", "TOTAL")
        # A range refusal carries the value rather than the text typed: either is what the user wrote.
        values.setdefault("text", values.get("value", ""))
    return values


def _fits(message: Message, values: dict[str, str]) -> bool:
    if message.when and not values.get(message.when):
        return False
    return all(values.get(name) for number, name in enumerate(message.params, 1)
               if f"%{number}" in message.template)


def choose(messages: tuple[Message, ...], values: dict[str, str]) -> Message:
    """The first message all of whose values are known; the last one otherwise."""
    return next((message for message in messages if _fits(message, values)), messages[-1])


def render(message: Message, values: dict[str, str]) -> str:
    """The message in the interface language with its values put in (highest placeholder first: %1 ≠ %10)."""
    text = QCoreApplication.translate(message.context, message.template)
    for number in range(len(message.params), 0, -1):
        text = text.replace(f"%{number}", values.get(message.params[number - 1], ""))
    return text


def describe(error: CchcError) -> str:
    """What went wrong and what to do, in the interface language; never a traceback."""
    values = _values(error)
    try:
        kind = Kind(error.kind)
    except ValueError:  # a kind the catalogue does not know: tests/test_message_catalogue.py keeps this rare
        kind = None
    if isinstance(error, ImportRefused):
        messages = IMPORT_MESSAGES.get(kind) or MESSAGES.get(kind) or (_GENERIC_IMPORT,)
    else:
        messages = MESSAGES.get(kind) or IMPORT_MESSAGES.get(kind) or (_DETAILS,)
    return render(choose(messages, values), values)


def describe_import(error: ImportRefused) -> str:
    """Why a score table was refused, naming the line and code where the refusal has them, and what to fix."""
    return describe(error)
