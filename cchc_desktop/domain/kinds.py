"""Every kind of refusal a user can meet, by name: the one list the message catalogue (ui/messages.py) covers."""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    """The stable name of a refusal (``CchcError.kind``).

    A StrEnum so that ``kind="empty"`` written at a raise site and ``Kind.EMPTY`` compare equal. Every member
    has a message in ``ui/messages.py`` and a Vietnamese translation; tests/test_message_catalogue.py fails on
    a ``kind=`` string that is not a member here, so a misspelt kind cannot fall silently to the generic text.
    The parameters each message uses are listed beside its English text in ``ui/messages.py``.
    """

    # Base kinds of the error classes: raised without a specific kind, they show the generic text.
    ERROR = "error"
    PARSE = "parse"
    RANGE = "range"
    FRAMEWORK = "framework"
    RULE = "rule"
    STORE = "store"
    LOCK = "lock"
    PRINT = "print"
    VERIFY = "verify"
    USAGE = "usage"  # the command line's own misuse; never shown in the window
    IMPORT_REFUSED = "import_refused"
    RANKING = "ranking"
    PASTE = "paste"  # the sheet view words each paste refusal itself (ui/sheet_view.py)

    # A typed score (domain/numbers.py, domain/scoring.py).
    EMPTY = "empty"
    NOT_TEXT = "not_text"
    NOT_A_NUMBER = "not_a_number"
    NEGATIVE = "negative"
    SIGN = "sign"
    TOO_MANY_DECIMALS = "too_many_decimals"
    TOO_LARGE = "too_large"
    EXPONENT = "exponent"
    THOUSANDS = "thousands"
    BELOW_ZERO = "below_zero"
    OVER_MAXIMUM = "over_maximum"
    BAD_COLUMN = "bad_column"

    # The criteria tree and the index's grades (domain/criteria.py, domain/index.py).
    NOT_LEAF = "not_leaf"
    UNKNOWN_CODE = "unknown_code"
    BAD_CODE = "bad_code"
    DUPLICATE_CODE = "duplicate_code"
    BAD_MAXIMUM = "bad_maximum"
    MISSING_PARENT = "missing_parent"
    EMPTY_FRAMEWORK = "empty_framework"
    BAD_CRITERION_KIND = "bad_criterion_kind"
    NO_GRADES = "no_grades"
    GRADE_WITHOUT_LABEL = "grade_without_label"
    BAD_GRADE_BOUND = "bad_grade_bound"
    DUPLICATE_GRADE_BOUND = "duplicate_grade_bound"
    GRADES_GAP = "grades_gap"
    BAD_GRADES = "bad_grades"
    GRADE_TEXT = "grade_text"
    GRADE_ABOVE_100 = "grade_above_100"

    # Scoring rules (domain/rules.py).
    FIGURES_EMPTY = "figures_empty"
    MANUAL_RULE = "manual_rule"
    FIGURES_EXPECTED = "figures_expected"
    BAD_OPTION = "bad_option"
    NOT_ONE_FIGURE = "not_one_figure"
    NOT_A_RATIO = "not_a_ratio"
    NO_BAND = "no_band"
    NO_BENCHMARK = "no_benchmark"
    ZERO_DENOMINATOR = "zero_denominator"
    BAD_RULE = "bad_rule"
    # Rules, figures and not-applicable marks on a sheet (services/rules.py).
    AMBIGUOUS_CRITERION = "ambiguous_criterion"
    NOT_A_CHOICE = "not_a_choice"
    NOT_A_COMPARE_RULE = "not_a_compare_rule"
    NO_NA_REASON = "no_na_reason"

    # Sheets and units (services/workspace.py).
    SHEET_LOCKED = "sheet_locked"
    EDIT_CONFLICT = "edit_conflict"  # another user changed the cell since this window read it
    SHEET_NOT_FOUND = "sheet_not_found"
    SHEET_EXISTS = "sheet_exists"
    EMPTY_UNIT = "empty_unit"
    BAD_YEAR = "bad_year"
    UNIT_EXISTS = "unit_exists"
    FRAMEWORK_MISMATCH = "framework_mismatch"
    NOTE_TOO_LONG = "note_too_long"
    DATABASE_MISSING = "database_missing"

    # The database file and its backups (store/, services/safety.py).
    NEWER_SCHEMA = "newer_schema"
    NO_WAL = "no_wal"
    IN_USE = "in_use"
    DAMAGED = "damaged"
    NOT_DATABASE = "not_database"
    FOREIGN_DATABASE = "foreign_database"
    BACKUP = "backup"
    BACKUP_FAILED = "backup_failed"
    BACKUP_BAD = "backup_bad"
    OPEN_HERE = "open_here"
    FOLDER_READ_ONLY = "folder_read_only"
    ORPHAN_WAL = "orphan_wal"
    UNREADABLE = "unreadable"
    NO_BACKUP = "no_backup"
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    READ_ONLY_OLD = "read_only_old"
    STALE_WAL = "stale_wal"
    HARD_LINK = "hard_link"
    BAD_LOCK_FILE = "bad_lock_file"
    NOT_REGULAR = "not_regular"
    BACKUP_UNSOUND = "backup_unsound"
    BACKUP_OF_OTHER_DATABASE = "backup_of_other_database"
    BAD_BACKUP_NAME = "bad_backup_name"
    RESTORE_FAILED = "restore_failed"

    # A database on a PostgreSQL server (store/server.py).
    SERVER_UNREACHABLE = "server_unreachable"
    SERVER_ADDRESS = "server_address"
    SERVER_LOGIN = "server_login"
    SERVER_NO_DATABASE = "server_no_database"
    SERVER_BACKUP = "server_backup"

    # Printing, finalizing, verifying and signing (services/printing.py, reports/pdf.py).
    BAD_DATE = "bad_date"
    NO_COLUMNS = "no_columns"
    WRITE_FAILED = "write_failed"
    FONT_MISSING = "font_missing"
    ALREADY_FINALIZED = "already_finalized"
    NOT_FINALIZED = "not_finalized"
    NO_REASON = "no_reason"
    OUTPUT_IS_DATABASE = "output_is_database"
    OUTPUT_NOT_PDF = "output_not_pdf"
    OUTPUT_IS_FOLDER = "output_is_folder"
    NOT_PDF = "not_pdf"
    NO_SHEET_DATA = "no_sheet_data"
    DAMAGED_SHEET_DATA = "damaged_sheet_data"
    BAD_SHEET_DATA = "bad_sheet_data"
    AMBIGUOUS_SHEET = "ambiguous_sheet"
    BAD_CERTIFICATE = "bad_certificate"
    SIGN_FAILED = "sign_failed"

    # A score table refused on import (domain/tables.py, reports/spreadsheets.py).
    BAD_HEADER = "bad_header"
    NO_HEADER = "no_header"
    MISSING_CODE = "missing_code"
    CONTROL_CHARACTERS = "control_characters"
    MISSING_TITLE = "missing_title"
    MISSING_MAXIMUM = "missing_maximum"
    ONE_COLUMN = "one_column"
    NO_TABLE = "no_table"
    NO_ROWS = "no_rows"
    EMPTY_FILE = "empty_file"
    BAD_ENCODING = "bad_encoding"
    BINARY_FILE = "binary_file"
    FORMULA = "formula"
    BAD_CELL = "bad_cell"
    MERGED_CELLS = "merged_cells"
    HIDDEN_ROW = "hidden_row"
    HIDDEN_COLUMN = "hidden_column"
    NO_VISIBLE_SHEET = "no_visible_sheet"
    DIRECTION_OVERRIDE = "direction_override"
    TITLE_TOO_LONG = "title_too_long"
    CELL_TOO_LONG = "cell_too_long"
    LINE_TOO_LONG = "line_too_long"
    TOO_MANY_COLUMNS = "too_many_columns"
    BAD_WORKBOOK = "bad_workbook"

    # A criteria set imported or exported (domain/criteria_sets.py, reports/criteria_files.py,
    # services/frameworks.py).
    BAD_LABEL = "bad_label"
    DATE_CELL = "date_cell"
    OLD_FORMAT = "old_format"
    BAD_FILE = "bad_file"
    BAD_SET_FILE = "bad_set_file"
    NEWER_SET_FILE = "newer_set_file"
    DIGEST_MISMATCH = "digest_mismatch"
    MISSING_FIELDS = "missing_fields"
    BAD_LEVEL = "bad_level"
    BAD_SUFFIX = "bad_suffix"
    UNWRITABLE = "unwritable"
    SET_NOT_FOUND = "set_not_found"
    SET_IN_USE = "set_in_use"
    BUILTIN_SET = "builtin_set"
    LEVEL_MISMATCH = "level_mismatch"  # a sheet of a set of another level than its unit's (seteditor)

    # The list of units, their mergers and campaigns (services/units.py).
    UNIT_NOT_FOUND = "unit_not_found"
    SUCCESSION_LOOP = "succession_loop"
    NO_UNITS_OF_LEVEL = "no_units_of_level"
    CAMPAIGN_LEVEL_MISMATCH = "campaign_level_mismatch"

    # Ranking the units of a year and exporting it (services/ranking.py).
    NO_SHEETS = "no_sheets"
    BAD_OUTPUT_TYPE = "bad_output_type"

    # An exchange package refused or in conflict (domain/package.py, reports/package_files.py, services/exchange.py).
    PACKAGE_REFUSED = "package_refused"
    NOT_A_PACKAGE = "not_a_package"
    UNKNOWN_VERSION = "unknown_version"
    BAD_MANIFEST = "bad_manifest"
    CRITERIA_SET_MISMATCH = "criteria_set_mismatch"
    BAD_KEY = "bad_key"
    BAD_EVIDENCE = "bad_evidence"
    EXCHANGE_CONFLICT = "exchange_conflict"
    OTHER_CRITERIA_SET = "other_criteria_set"
    OLDER_PACKAGE = "older_package"
    ZIP_BOMB = "zip_bomb"
    HASH_MISMATCH = "hash_mismatch"
    UNSAFE_NAME = "unsafe_name"
    DUPLICATE_MEMBER = "duplicate_member"
    ENCRYPTED_MEMBER = "encrypted_member"
    BAD_SIGNATURE = "bad_signature"
    UNLISTED_MEMBER = "unlisted_member"
    MISSING_MEMBER = "missing_member"

    # The yearly cycle: a sheet's stage and the column it leaves open (domain/stages.py, services/stages.py).
    BAD_STAGE = "bad_stage"
    STAGE_CLOSED = "stage_closed"
    STAGE_ORDER = "stage_order"
    STAGE_FIRST = "stage_first"
    STAGE_NO_REASON = "stage_no_reason"
    STAGE_NOT_FINAL = "stage_not_final"

    # Evidence files attached to a criterion (services/evidence.py).
    EVIDENCE_TOO_LARGE = "evidence_too_large"
    EVIDENCE_FOLDER = "evidence_folder"
    EVIDENCE_UNREADABLE = "evidence_unreadable"
    EVIDENCE_NOT_ATTACHED = "evidence_not_attached"

    # A shared PostgreSQL server: what the connected account's role does not allow (store/access.py), and its
    # accounts (services/server.py).
    NOT_PERMITTED = "not_permitted"
    NO_SUCH_ACCOUNT = "no_such_account"
