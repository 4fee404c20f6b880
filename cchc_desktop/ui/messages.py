"""Translated, plain-language messages for the errors a user can meet in the window (by error kind)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from ..domain.errors import CchcError
from ..domain.numbers import format_score
from ..domain.tables import ImportRefused



def _number(value: object) -> str:
    return format_score(value) if isinstance(value, Decimal) else str(value)


def describe(error: CchcError) -> str:
    """What went wrong and what to do, in the interface language; never a traceback."""
    if isinstance(error, ImportRefused):
        return describe_import(error)
    params = error.params
    text = str(params.get("text", ""))
    code = str(params.get("code", ""))
    kind = error.kind
    # Each message is spelled out in full (not assembled) so translators see whole sentences.
    if kind == "empty":
        return QCoreApplication.translate("Messages", "The score is empty: type a number such as 9,28.")
    if kind == "negative":
        return QCoreApplication.translate("Messages", "“%1” is negative: a score cannot be below 0.").replace("%1", text)
    if kind == "sign":
        return QCoreApplication.translate("Messages", "“%1” has a sign: type the number alone, such as 9,28.").replace("%1", text)
    if kind == "too_many_decimals":
        return QCoreApplication.translate("Messages", "“%1” has more than 2 decimal places: scores are kept to the hundredth, such as 9,28.").replace(
            "%1", text)
    if kind == "too_large":
        return QCoreApplication.translate("Messages", "“%1” is too large to be a score.").replace("%1", text)
    if kind == "exponent":
        return QCoreApplication.translate("Messages", "“%1” is written with an exponent: type the number in full, such as 9,28.").replace("%1", text)
    if kind == "thousands":
        return QCoreApplication.translate("Messages", "“%1” has a thousands separator: a score has at most one comma, such as 9,28.").replace(
            "%1", text)
    if kind in ("not_a_number", "not_text"):
        return QCoreApplication.translate("Messages", "“%1” is not a number: type a score such as 9,28.").replace("%1", text)
    if kind == "below_zero":
        return QCoreApplication.translate("Messages", "%1: %2 is below 0.").replace("%1", code).replace("%2", _number(params.get("value")))
    if kind == "over_maximum":
        if "maximum" in params:
            return (QCoreApplication.translate("Messages", "%1: %2 is over the maximum score of %3.")
                    .replace("%1", code).replace("%2", _number(params.get("value")))
                    .replace("%3", _number(params["maximum"])))
        return QCoreApplication.translate("Messages", "The database refused a score over its maximum.")
    if kind == "not_leaf":
        return QCoreApplication.translate("Messages", "%1 is computed from its sub-criteria: enter the scores on its sub-criteria.").replace("%1", code)
    if kind == "unknown_code":
        return QCoreApplication.translate("Messages", "There is no criterion %1 in this framework.").replace("%1", code)
    if kind == "sheet_locked":
        return QCoreApplication.translate("Messages", "This sheet is finalized and cannot be changed. Reopen it first.")
    if kind == "sheet_not_found":
        return QCoreApplication.translate("Messages", "Sheet %1 is not in this database.").replace("%1", str(params.get("sheet_id", "")))
    if kind == "empty_unit":
        return QCoreApplication.translate("Messages", "The unit name is empty: type the name of the district or office.")
    if kind == "bad_year":
        return QCoreApplication.translate("Messages", "%1 is not a plausible year for a sheet: choose a year from 2000 to 2100.").replace(
            "%1", str(params.get("year", "")))
    if kind == "sheet_exists":
        return (QCoreApplication.translate("SheetExists", "There is already a sheet for %1 for the year %2. A unit is "
                                           "scored once a year: open that sheet to work on it.")
                .replace("%1", str(params.get("unit", ""))).replace("%2", str(params.get("year", ""))))
    if kind == "unit_exists":
        return QCoreApplication.translate("Messages", "There is already a unit with that name: choose another name.")
    if kind == "newer_schema":
        return QCoreApplication.translate("Messages", "This database was written by a newer version of CCHC Desktop. Install the newer version to open it; the file has not been changed.")
    if kind == "no_wal":
        return QCoreApplication.translate("Messages", "The database cannot be used in this folder. Keep it on a local disk, not a network or read-only folder.")
    if kind == "in_use":
        return QCoreApplication.translate("Messages", "The database %1 is already open in another CCHC Desktop window or command. Close the other one and try again; nothing was opened or changed.").replace("%1", str(params.get("path", "")))
    if kind == "damaged":
        return QCoreApplication.translate("Messages", "The database file %1 is damaged. Restore the newest backup; the damaged file has been left exactly as it was.").replace("%1", str(params.get("path", "")))
    if kind in ("not_database", "foreign_database"):
        return QCoreApplication.translate("Messages", "%1 is not a CCHC Desktop database.").replace("%1", str(params.get("path", "")))
    if kind in ("backup_failed", "backup_bad", "backup"):
        return QCoreApplication.translate("Messages", "The backup copy could not be made: check that the disk has free space. Details: %1").replace("%1", str(error))
    if kind == "bad_date":
        return QCoreApplication.translate("Messages", "“%1” is not a date: write it as 05/02/2024.").replace("%1", text)
    if kind == "no_columns":
        return QCoreApplication.translate("Messages", "Choose at least one score column to print.")
    if kind == "write_failed":
        return QCoreApplication.translate("Messages", "%1 cannot be written: it may be open in another program, or the folder is read-only. Close it or choose another folder.").replace("%1", str(params.get("path", "")))
    if kind == "font_missing":
        return QCoreApplication.translate("Messages", "The font file %1 is missing or damaged: reinstall CCHC Desktop.").replace("%1", str(params.get("path", "")))
    if kind == "already_finalized":
        return QCoreApplication.translate("Messages", "This sheet is already finalized.")
    if kind == "not_finalized":
        return QCoreApplication.translate("Messages", "This sheet is not finalized, so there is nothing to reopen.")
    if kind == "no_reason":
        return QCoreApplication.translate("Messages", "Reopening a finalized sheet needs a reason: type why it must change.")
    if kind == "open_here":
        return QCoreApplication.translate("Messages", "The database %1 is open in this program, so it cannot be replaced now. Close it first, then try again; nothing was changed.").replace("%1", str(params.get("path", "")))
    if kind == "folder_read_only":
        return QCoreApplication.translate("Messages", "The database %1 cannot be opened for work: its folder cannot be written. Copy the database to a folder of your own (such as Documents) and open that copy.").replace("%1", str(params.get("path", "")))
    if kind == "orphan_wal":
        return QCoreApplication.translate("Messages", "The database %1 is missing, but its log file is still there: the database was moved or deleted without it. Put the .db file back next to its log file, or restore a backup; nothing was changed.").replace("%1", str(params.get("path", "")))
    if kind == "unreadable":
        return QCoreApplication.translate("Messages", "The database %1 cannot be read. Check that the disk is connected and that you may open the file.").replace("%1", str(params.get("path", "")))
    if kind == "no_backup":
        return QCoreApplication.translate("Messages", "That backup does not exist. Open File → Backups to see the backups there are.")
    safe_files = _describe_file_safety(kind, str(params.get("path", "")))
    if safe_files is not None:
        return safe_files
    if kind == "store":
        return QCoreApplication.translate("Messages", "The database refused the change; nothing was saved. Details: %1").replace("%1", str(error))
    if kind == "output_is_database":
        return QCoreApplication.translate("Messages", "%1 is the database, part of it or one of its backups: saving the PDF there would destroy it. Choose another file name ending in .pdf; nothing was changed.").replace("%1", str(params.get("path", "")))
    if kind == "output_not_pdf":
        return QCoreApplication.translate("Messages", "%1 already exists and is not a PDF, so it was not overwritten. Choose another file name ending in .pdf.").replace("%1", str(params.get("path", "")))
    if kind == "output_is_folder":
        return QCoreApplication.translate("Messages", "%1 is a folder: give a file name for the PDF.").replace("%1", str(params.get("path", "")))
    if kind == "note_too_long":
        return (QCoreApplication.translate("Messages", "The note for %1 is too long: a note may have at most %2 characters. Shorten it, or keep the long text in a separate document.")
                .replace("%1", code).replace("%2", _number(params.get("limit", ""))))
    return QCoreApplication.translate("Messages", "The action could not be completed: %1").replace("%1", str(error))


def _describe_file_safety(kind: str, path: str) -> str | None:
    """Refusals that protect the database file itself (a full disk, a second name, a foreign log …)."""
    if kind == "disk_full":
        return QCoreApplication.translate("Messages", "The disk is full, so the change could not be saved. The database is not damaged: it keeps everything saved before. Free some space on the disk (empty the Recycle Bin, move or delete large files) and try again.")
    if kind == "read_only":
        return QCoreApplication.translate("Messages", "This database file is read-only: it can be viewed and printed, but nothing can be changed. To work on it, copy it to a folder of your own (such as Documents) and open the copy.")
    if kind == "read_only_old":
        return QCoreApplication.translate("Messages", "The database %1 is read-only and was made by an older version of CCHC Desktop, so it cannot be brought up to date. Copy it to a folder of your own (such as Documents) and open the copy.").replace("%1", path)
    if kind == "stale_wal":
        return QCoreApplication.translate("Messages", "The database %1 has a log file (-wal) beside it that belongs to an earlier copy of the database. Opening it would undo newer changes, so it was not opened; both files are untouched. If this .db file is the copy you want, move the -wal and -shm files to another folder and open it again.").replace("%1", path)
    if kind == "hard_link":
        return QCoreApplication.translate("Messages", "The database %1 has more than one name on the disk (hard links), so it could be opened twice at once and be damaged. Copy the file to a new name and open the copy; nothing was changed.").replace("%1", path)
    if kind == "bad_lock_file":
        return QCoreApplication.translate("Messages", "The lock file %1 is not an ordinary file (it is a link to another file, or a folder), so it was not used. Delete it and try again; nothing was opened or changed.").replace("%1", path)
    if kind == "not_regular":
        return QCoreApplication.translate("Messages", "%1 is not an ordinary file, so it is not a database. Choose the .db file itself.").replace("%1", path)
    if kind == "backup_unsound":
        return QCoreApplication.translate("Messages", "This backup does not pass its checks (it was damaged or changed after it was taken), so it was not restored. Choose another backup; your database was not changed.")
    if kind == "backup_of_other_database":
        return QCoreApplication.translate("Messages", "This backup is a copy of another database, so it was not restored. Open that file on its own instead; your database was not changed.")
    if kind == "bad_backup_name":
        return QCoreApplication.translate("Messages", "That is not the name of a backup. Choose a backup in File → Backups.")
    if kind == "restore_failed":
        return QCoreApplication.translate("Messages", "The backup could not be copied next to the database, so it was not restored; your database was not changed. Check that the disk has free space.")
    return None


def describe_import(error: ImportRefused) -> str:
    """Why a score table was refused, naming the line and code where the refusal has them, and what to fix."""
    params = error.params
    line = str(params.get("line", ""))
    code = str(params.get("code", ""))
    if code == "total":  # a number on the file's TỔNG ĐIỂM row
        code = QCoreApplication.translate("Messages", "TOTAL")
    # A range refusal carries the value rather than the text typed: either is what the user wrote.
    text = str(params["text"]) if "text" in params else _number(params.get("value", ""))
    kind = error.kind

    def say(translated: str) -> str:
        return translated.replace("%1", line).replace("%2", code).replace("%3", text)

    if kind == "too_large" and not code:
        if line:
            return say(QCoreApplication.translate("Messages", "Line %1: the file has more than 20 000 criteria; a score table is never that large. Check that you chose the right file."))
        return say(QCoreApplication.translate("Messages", "The file is too large to be a score table. Check that you chose the right file."))
    # The score's own problems, in the file: line and criterion first, then what to type instead.
    if kind == "not_a_number":
        return say(QCoreApplication.translate("Messages", "Line %1, criterion %2: “%3” is not a number. Write a score such as 9,28 in the file and import again."))
    if kind == "negative":
        return say(QCoreApplication.translate("Messages", "Line %1, criterion %2: “%3” is negative; a score cannot be below 0. Correct it in the file and import again."))
    if kind == "sign":
        return say(QCoreApplication.translate("Messages", "Line %1, criterion %2: “%3” has a sign. Write the number alone, such as 9,28, and import again."))
    if kind == "too_many_decimals":
        return say(QCoreApplication.translate("Messages", "Line %1, criterion %2: “%3” has more than 2 decimal places; scores are kept to the hundredth, such as 9,28. Correct it in the file and import again."))
    if kind == "too_large":
        return say(QCoreApplication.translate("Messages", "Line %1, criterion %2: “%3” is too large to be a score. Correct it in the file and import again."))
    if kind == "exponent":
        return say(QCoreApplication.translate("Messages", "Line %1, criterion %2: “%3” is written with an exponent. Write the number in full, such as 9,28, and import again."))
    if kind == "thousands":
        return say(QCoreApplication.translate("Messages", "Line %1, criterion %2: “%3” has a thousands separator; a score has at most one comma, such as 9,28. Correct it in the file and import again."))
    if kind == "over_maximum":
        return (say(QCoreApplication.translate("Messages", "Line %1, criterion %2: the score %3 is over its maximum score of %4. Correct the score in the file and import again."))
                .replace("%4", _number(params.get("maximum", ""))))
    if kind == "below_zero":
        return say(QCoreApplication.translate("Messages", "Line %1, criterion %2: the score %3 is below 0. Correct it in the file and import again."))
    # The shape of the table.
    if kind == "bad_header":
        return say(QCoreApplication.translate("Messages", "Line %1: the header row cannot be used. It needs the columns STT, the criterion, ĐIỂM CHUẨN and at least one of ĐIỂM TỰ ĐÁNH GIÁ or ĐIỂM THẨM ĐỊNH, and every header row in the file must have the same columns. Correct the header and import again."))
    if kind == "no_header":
        return say(QCoreApplication.translate("Messages", "Line %1: a score row comes before the header row. Put the header row (STT, criterion, ĐIỂM CHUẨN, scores) above the table and import again."))
    if kind == "missing_code":
        return say(QCoreApplication.translate("Messages", "Line %1: the row has no STT code. Write its code (such as 1.2.1), or delete the row, and import again."))
    if kind == "bad_code":
        return say(QCoreApplication.translate("Messages", "Line %1: “%2” is not a criterion code; codes look like 1, 1.2 or 1.2.3. Correct it and import again."))
    if kind == "duplicate_code":
        return say(QCoreApplication.translate("Messages", "Line %1: criterion %2 appears a second time. Each criterion may appear only once: delete or renumber the repeated row and import again."))
    if kind == "control_characters":
        return say(QCoreApplication.translate("Messages", "Line %1, criterion %2: the title contains invisible control characters. Type the title again and import again."))
    if kind == "missing_title":
        return say(QCoreApplication.translate("Messages", "Line %1, criterion %2: the criterion has no title. Write its title and import again."))
    if kind == "missing_maximum":
        return say(QCoreApplication.translate("Messages", "Line %1, criterion %2: ĐIỂM CHUẨN (the maximum score) is empty. Write the maximum and import again."))
    if kind == "one_column":
        return say(QCoreApplication.translate("Messages", "Line %1, criterion %2: the row has only one column. Columns must be separated by tabs: copy the table from Excel, or save it as tab-separated text, and import again."))
    if kind == "missing_parent":
        return say(QCoreApplication.translate("Messages", "Line %1: criterion %2 has no parent: there is no row %3. Add that row or correct the code, and import again.")).replace(
            "%3", str(params.get("parent", "")))
    if kind == "bad_maximum":
        return say(QCoreApplication.translate("Messages", "Line %1, criterion %2: the maximum score is negative. Correct it and import again."))
    if kind == "framework_mismatch":
        return say(QCoreApplication.translate("Messages", "The file's criteria (codes or maximum scores) differ from the criteria of this sheet, so it cannot be imported into it. Import it as a new sheet instead, or choose the file made for this sheet."))
    if kind == "no_table":
        return say(QCoreApplication.translate("Messages", "The file holds no score table: no header row starting with STT was found. Choose the file with the score table, or add its header row (STT, criterion, ĐIỂM CHUẨN, scores)."))
    if kind == "no_rows":
        return say(QCoreApplication.translate("Messages", "The file has a header row but no criterion rows under it. Check that you chose the right file."))
    # The file itself.
    if kind == "empty_file":
        return say(QCoreApplication.translate("Messages", "The file is empty. Choose the file that holds the score table."))
    if kind == "bad_encoding":
        if line:
            return say(QCoreApplication.translate("Messages", "Line %1: the file is not UTF-8 text. Save it as UTF-8 (Unicode) text, for example with Notepad's “Save as”, and import again."))
        return say(QCoreApplication.translate("Messages", "The file's text encoding cannot be read. Save it as UTF-8 (Unicode) text, for example with Notepad's “Save as”, and import again."))
    if kind == "note_too_long":
        return say(QCoreApplication.translate("Messages", "Line %1, criterion %2: the note is too long (a note may have at most %3 characters). Shorten it in the file and import again.")
                   .replace("%3", _number(params.get("limit", ""))))
    if kind == "binary_file":
        return say(QCoreApplication.translate("Messages", "The file is not a text table: it holds binary data. Choose a .txt table or an .xlsx workbook."))
    if kind == "unreadable":
        return say(QCoreApplication.translate("Messages", "The file cannot be read. Check that it still exists, that its disk or USB drive is connected and that it is not locked by another program, then try again."))
    # Excel workbooks.
    row = line
    if kind == "formula":
        if row:
            return QCoreApplication.translate("Messages", "Row %1 of the workbook holds a formula. In Excel copy the table and paste it back as values only (Paste Special → Values), save, and import again.").replace("%1", row)
        return say(QCoreApplication.translate("Messages", "The workbook holds a formula. In Excel copy the table and paste it back as values only (Paste Special → Values), save, and import again."))
    if kind == "bad_cell":
        if row:
            return QCoreApplication.translate("Messages", "Row %1 of the workbook holds a value that is neither text nor a number (such as TRUE or FALSE). Correct it in Excel and import again.").replace("%1", row)
        return say(QCoreApplication.translate("Messages", "The workbook holds a value that is neither text nor a number (such as TRUE or FALSE). Correct it in Excel and import again."))
    if kind == "merged_cells":
        return QCoreApplication.translate("Messages", "Cells %1 are merged inside the table. Unmerge them in Excel and import again.").replace(
            "%1", str(params.get("cells", "")))
    # Hostile or oversized files (issue 17): hidden values, and text too long to be a score table's.
    if kind == "hidden_row":
        return say(QCoreApplication.translate("Messages", "Row %1 of the workbook is hidden in Excel but holds values; a hidden score would count without anyone seeing it. Unhide the row or delete it in Excel, and import again."))
    if kind == "hidden_column":
        return say(QCoreApplication.translate("Messages", "Column %4 of the workbook is hidden in Excel but holds values; row %1 is the first with a value in it. Unhide the column or delete it in Excel, and import again.")).replace(
            "%4", str(params.get("cells", "")))
    if kind == "no_visible_sheet":
        return say(QCoreApplication.translate("Messages", "The workbook has no visible sheet. In Excel, unhide the sheet that holds the score table and import again."))
    if kind == "direction_override":
        return say(QCoreApplication.translate("Messages", "Line %1, criterion %2: the text holds invisible direction-override characters, which make it show in another order than it is stored. Type the text again in the file and import again."))
    limit = str(params.get("limit", ""))
    length = str(params.get("length", ""))
    if kind == "title_too_long":
        return (QCoreApplication.translate("Messages", "Line %1, criterion %2: the title is %3 characters long; a criterion title has at most %4. Shorten it in the file and import again.")
                .replace("%1", line).replace("%2", code).replace("%3", length).replace("%4", limit))
    if kind in ("cell_too_long", "line_too_long"):
        if code:
            text = QCoreApplication.translate("Messages", "Line %1, criterion %2: the text is %3 characters long; a cell of a score table has at most %4. Shorten it in the file and import again.")
        else:
            text = QCoreApplication.translate("Messages", "Line %1: the text is %3 characters long; a cell of a score table has at most %4. Check that you chose the right file.")
        return text.replace("%1", line).replace("%2", code).replace("%3", length).replace("%4", limit)
    if kind == "too_many_columns":
        return say(QCoreApplication.translate("Messages", "Line %1: the row has more than %4 columns; a score table has only a few. Check that you chose the right file.")).replace(
            "%4", limit)
    if kind == "bad_workbook":
        return say(QCoreApplication.translate("Messages", "The file is not a readable Excel workbook (.xlsx). Open it in Excel, save it again as an .xlsx workbook, and import again."))
    return QCoreApplication.translate("Messages", "The file cannot be imported: %1").replace("%1", str(error))
