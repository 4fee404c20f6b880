"""Translated, plain-language messages for the errors a user can meet in the window (by error kind)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from ..domain.errors import CchcError
from ..domain.numbers import format_score



def _number(value: object) -> str:
    return format_score(value) if isinstance(value, Decimal) else str(value)


def describe(error: CchcError) -> str:
    """What went wrong and what to do, in the interface language; never a traceback."""
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
        return QCoreApplication.translate("Messages", "This unit already has a sheet for that year and framework. Choose it in the sheet list.")
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
    if kind == "store":
        return QCoreApplication.translate("Messages", "The database refused the change; nothing was saved. Details: %1").replace("%1", str(error))
    return QCoreApplication.translate("Messages", "The action could not be completed: %1").replace("%1", str(error))
