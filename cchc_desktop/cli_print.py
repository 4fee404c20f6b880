"""The print, finalize, reopen, verify, sign and signers subcommands of ``cchc``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .cli import UserError, command, open_for_reading, open_workspace, sheet_id, signer
from .domain.numbers import format_score, parse_score


def display_fingerprint(fingerprint: str) -> str:
    # Imported when a fingerprint is shown: hashlib is not needed on the path of commands that only read.
    from .domain.fingerprint import display_fingerprint as display

    return display(fingerprint)


def _read(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as error:
        raise UserError(f"{path} cannot be read: {error.strerror}.") from None


# --- print ----------------------------------------------------------------------------
def _configure_print(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sheet", type=sheet_id)
    parser.add_argument("-o", "--output", required=True, help="PDF file to write")
    parser.add_argument("--force", action="store_true", help="overwrite an existing file that is not a PDF")
    parser.add_argument("--columns", help="score columns to print: self, appraisal or self,appraisal")
    parser.add_argument("--evidence", action="store_true",
                        help="add an annex listing the evidence files (criterion, file name, size, SHA-256)")
    orientation = parser.add_mutually_exclusive_group()
    orientation.add_argument("--landscape", action="store_true", default=None, help="A4 landscape")
    orientation.add_argument("--portrait", dest="landscape", action="store_false", help="A4 portrait")
    dates = parser.add_mutually_exclusive_group()
    dates.add_argument("--date", help="date printed on the sheet (05/02/2024 or 2024-02-05); it is remembered")
    dates.add_argument("--no-date", action="store_true", help="print blanks for the date, to fill in by hand")


@command("print", _configure_print)
def _print(args: argparse.Namespace) -> int:
    """Write a sheet as a PDF ready to sign."""
    from .services import printing

    columns = printing.parse_columns(args.columns) if args.columns else None
    if args.date or args.no_date:
        # Remembering the date is a write: only then is the full Workspace opened.
        with open_workspace(args) as workspace:
            printing.check_output(args.output, database=workspace.path, force=args.force)
            printing.set_document_date(workspace, args.sheet, None if args.no_date else printing.parse_date(args.date))
            fingerprint = printing.print_sheet(workspace, args.sheet, args.output, columns=columns,
                                               landscape=args.landscape, force=args.force,
                                               evidence=args.evidence)
    else:
        # Otherwise printing only reads: the plain-SQL read path (same checks, lock and pragmas, no SQLAlchemy).
        with open_for_reading(args) as source:
            fingerprint = printing.print_sheet(source, args.sheet, args.output, columns=columns,
                                               landscape=args.landscape, force=args.force,
                                               evidence=args.evidence)
    print(f"wrote {args.output}; fingerprint {display_fingerprint(fingerprint)}", file=sys.stderr)
    return 0


# --- signers --------------------------------------------------------------------------
def _configure_signers(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sheet", type=sheet_id, help="any sheet of the unit; the settings are kept per unit")
    parser.add_argument("--signer", action="append", type=signer, metavar="ROLE[/ROLE2]=NAME",
                        help="a signature block, e.g. “KT. CHỦ TỊCH/PHÓ CHỦ TỊCH=Nguyễn Văn A”; repeat for more")
    parser.add_argument("--issuer", action="append", metavar="LINE", help="issuing body lines, top to bottom")
    parser.add_argument("--place", help="place printed before the date, e.g. Phong Thổ")
    parser.add_argument("--recipient", action="append", metavar="TEXT", help="a “Nơi nhận” line; repeat")
    parser.add_argument("--title", action="append", metavar="LINE", help="title lines")
    parser.add_argument("--columns", help="default score columns for this unit")


@command("signers", _configure_signers)
def _signers(args: argparse.Namespace) -> int:
    """Show or change who signs a unit's sheets, and its other print settings."""
    from .services import printing

    with open_workspace(args) as workspace:
        info = workspace.sheet_info(args.sheet)
        profile = printing.load_profile(workspace, info.unit, info.year)
        changes: dict = {}
        if args.signer:
            changes["signers"] = tuple(args.signer)
        if args.issuer:
            changes["issuer_lines"] = tuple(args.issuer)
        if args.place:
            changes["place"] = args.place
        if args.recipient:
            changes["recipients"] = tuple(args.recipient)
        if args.title:
            changes["title_lines"] = tuple(args.title)
        if args.columns:
            changes["columns"] = tuple(c.value for c in printing.parse_columns(args.columns))
        if changes:
            profile = profile._replace(**changes)
            printing.save_profile(workspace, info.unit, profile)
    print(f"{info.unit}:")
    print("  issuer: " + " / ".join(profile.issuer_lines))
    print(f"  place: {profile.place}")
    for person in profile.signers:
        print(f"  signer: {' / '.join(person.roles)} = {person.name or '(no name)'}")
    for recipient in profile.recipients:
        print(f"  recipient: {recipient}")
    return 0


# --- finalize / reopen ----------------------------------------------------------------
def _configure_finalize(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sheet", type=sheet_id)


@command("finalize", _configure_finalize)
def _finalize(args: argparse.Namespace) -> int:
    """Finalize (chốt) a sheet: store its fingerprint and lock it against changes."""
    from .services import printing

    with open_workspace(args) as workspace:
        fingerprint = printing.finalize(workspace, args.sheet, source="cli")
    print(f"sheet {args.sheet} finalized; fingerprint {display_fingerprint(fingerprint)}")
    return 0


def _configure_reopen(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sheet", type=sheet_id)
    parser.add_argument("--reason", required=True, help="why the finalized sheet must change (recorded)")


@command("reopen", _configure_reopen)
def _reopen(args: argparse.Namespace) -> int:
    """Reopen a finalized sheet; the reason and your user name are recorded."""
    from .services import printing

    with open_workspace(args) as workspace:
        printing.reopen(workspace, args.sheet, args.reason, source="cli")
    print(f"sheet {args.sheet} reopened")
    return 0


# --- verify ---------------------------------------------------------------------------
def _configure_verify(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="a PDF printed by CCHC Desktop (signed or not)")
    against = parser.add_mutually_exclusive_group()
    against.add_argument("--sheet", type=sheet_id, help="compare with this sheet instead of the one the PDF names")
    against.add_argument("--pdf-only", action="store_true",
                         help="check the PDF by itself (data, fingerprint, signatures), as a recipient without "
                              "the district's database would")


def _figure(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, str):
        try:
            return format_score(parse_score(value))
        except Exception:  # noqa: BLE001 - titles and notes are shown as they are
            return f"“{value}”"
    return str(value)


@command("verify", _configure_verify)
def _verify(args: argparse.Namespace) -> int:
    """Check a printed PDF against its fingerprint, the database and any digital signature."""
    from .services import printing

    pdf = _read(args.file)
    if args.pdf_only:
        report = printing.verify_pdf(pdf)
    else:
        with open_workspace(args) as workspace:
            report = printing.verify_pdf(pdf, workspace, sheet_id=args.sheet)
    data = report.data or {}
    print(f"{args.file}: {data.get('unit', '?')} {data.get('year', '?')}")
    if report.self_consistent:
        print(f"  data matches its fingerprint {display_fingerprint(report.computed_fingerprint)}")
    else:
        print("  DATA DOES NOT MATCH ITS FINGERPRINT: the PDF's embedded data was altered")
    if report.matches_database:
        state = " (finalized with this fingerprint)" if report.finalized_fingerprint == report.computed_fingerprint \
            else ""
        print(f"  matches sheet {report.sheet_id} in the database{state}")
    elif report.matches_database is False:
        print(f"  DIFFERS FROM sheet {report.sheet_id} in the database "
              f"(now {display_fingerprint(report.sheet_fingerprint)}):")
        for difference in report.differences:
            where = difference.code or "sheet"
            print(f"    {where} {difference.field}: {_figure(difference.then)} in the PDF, "
                  f"{_figure(difference.now)} in the database")
    for problem in report.problems:
        print(f"  {problem}")
    for signature in report.signatures:
        if signature.field == "?":
            print("  a digital signature is DAMAGED and cannot be read: the file was changed after signing")
            continue
        verdict = "valid" if signature.intact and signature.valid else "INVALID"
        print(f"  signature {signature.field} by {signature.signer}: {verdict}"
              + (f", signed {signature.signed_at}" if signature.signed_at else ""))
        if signature.intact and signature.valid:
            print("    certificate trusted" if signature.trusted
                  else "    certificate not confirmed by a trusted authority on this computer")
        if signature.covers_whole_file:
            print("    the document has not changed since it was signed")
        elif signature.appended:
            print("    CHANGED AFTER SIGNING: bytes were added after the signed part of the file")
        elif signature.modified_after == printing.MODIFIED_SIGNATURES:
            print("    later signatures were added; nothing else changed since it was signed")
        elif signature.modified_after == printing.MODIFIED_ANNOTATIONS:
            print("    CHANGED AFTER SIGNING: comments or marks were added")
        else:
            print("    CHANGED AFTER SIGNING")
    if report.ok:
        print("result: OK")
    elif report.untrusted:
        print("result: signed by an untrusted certificate — the file is unchanged, but no authority on this "
              "computer confirms who signed it; check the signer's certificate before relying on it")
    else:
        print("result: NOT OK")
    return 0 if report.ok else 1


# --- sign -----------------------------------------------------------------------------
def _configure_sign(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="PDF to sign")
    parser.add_argument("--pfx", required=True, help="PKCS#12 certificate (.p12 or .pfx)")
    parser.add_argument("--password", help="the certificate's password (asked for when omitted)")
    parser.add_argument("-o", "--output", help="signed PDF (default: FILE-signed.pdf beside it)")
    parser.add_argument("--force", action="store_true", help="overwrite an existing file that is not a PDF")
    parser.add_argument("--reason", help="reason recorded in the signature")
    parser.add_argument("--location", help="place recorded in the signature")


@command("sign", _configure_sign)
def _sign(args: argparse.Namespace) -> int:
    """Digitally sign a PDF (PAdES) with a PKCS#12 certificate."""
    from .paths import default_database_path
    from .services import printing

    source = Path(args.file)
    output = Path(args.output) if args.output else source.with_name(f"{source.stem}-signed.pdf")
    database = Path(args.db) if args.db else default_database_path()
    printing.check_output(output, database=database, force=args.force)
    pdf, pfx = _read(args.file), _read(args.pfx)
    password = args.password
    if password is None and sys.stdin.isatty():
        import getpass

        password = getpass.getpass("certificate password: ")
    signed = printing.sign_pdf(pdf, pfx, password, reason=args.reason, location=args.location)
    printing.write_file(output, signed, database=database, force=args.force)
    print(f"signed {output}")
    return 0
