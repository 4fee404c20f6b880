"""PDF generation speed: the seed sheet and a generated 1,000-row sheet; also verify and sign. Median and p99.

Run: .venv/bin/python benchmarks/bench_pdf.py [--quick] [--seed-only] [--no-accel]
(--no-accel hides reportlab's C accelerator, rl_accel, to measure what it saves; the PDFs are the same bytes.)
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
if "--no-accel" in sys.argv:
    sys.modules["_rl_accel"] = None  # reportlab then uses its pure-Python functions  # type: ignore[assignment]

from generate import write_table  # noqa: E402
from timing import SEED, percentile  # noqa: E402

from cchc_desktop.services import Workspace, printing  # noqa: E402



def measure(label: str, runs: int, action: Callable[[], object]) -> None:
    times, cpu_times = [], []
    for _ in range(runs):
        start, cpu_start = time.perf_counter(), time.process_time()
        action()
        times.append((time.perf_counter() - start) * 1000)
        cpu_times.append((time.process_time() - cpu_start) * 1000)
    # CPU time too: on a shared machine the wall clock also counts the time other work held the cores.
    print(f"{label:<52} median {statistics.median(times):8.1f} ms   p99 {percentile(times, 0.99):8.1f} ms"
          f"   CPU median {statistics.median(cpu_times):8.1f} ms   ({runs} runs)")


def make_pfx() -> bytes:
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import NoEncryption, pkcs12
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Benchmark")])
    now = dt.datetime.now(dt.timezone.utc)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                   .serial_number(1).not_valid_before(now - dt.timedelta(days=1))
                   .not_valid_after(now + dt.timedelta(days=1)).sign(key, hashes.SHA256()))
    return pkcs12.serialize_key_and_certificates(b"b", key, certificate, None, NoEncryption())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs")
    parser.add_argument("--seed-only", action="store_true", help="only render the seed sheet")
    parser.add_argument("--no-accel", action="store_true", help="without reportlab's C accelerator")
    args = parser.parse_args()
    runs_small, runs_large = (5, 3) if args.quick else (40, 12)
    from reportlab.lib import rl_accel

    print(f"rl_accel: {'in use' if type(rl_accel.fp_str).__name__ == 'builtin_function_or_method' else 'not used'}")
    folder = Path(tempfile.mkdtemp(prefix="bench-pdf-"))
    workspace = Workspace.open(folder / "bench.db")
    try:
        seed = workspace.open_sheet(workspace.import_file(SEED, unit="Huyện Phong Thổ", year=2023).sheet_id)
        start = time.perf_counter()
        first = printing.render_pdf(seed)
        print(f"first PDF in this process (imports reportlab, loads fonts): {(time.perf_counter() - start) * 1000:.0f} ms")
        measure("seed (114 rows): render PDF", runs_small, lambda: printing.render_pdf(seed))
        measure("seed (114 rows): render PDF, landscape, 2 columns", runs_small,
                lambda: printing.render_pdf(seed, landscape=True,
                                            columns=printing.parse_columns("self,appraisal")))
        if args.seed_only:
            return
        big_file = write_table(folder / "rows-1000.txt", 1000)
        big = workspace.open_sheet(workspace.import_file(big_file, unit="Huyện Thử Nghiệm", year=2024).sheet_id)
        big_pdf = printing.render_pdf(big)
        print(f"seed PDF: {len(first) / 1024:.0f} KiB; 1,000-row PDF: {len(big_pdf) / 1024:.0f} KiB")
        measure("1,000 rows: render PDF", runs_large, lambda: printing.render_pdf(big))
        measure("seed: fingerprint only (canonical JSON + SHA-256)", runs_small * 5, lambda: printing.seal(seed))
        measure("seed: verify against the database", runs_small, lambda: printing.verify_pdf(first, workspace))
        measure("1,000 rows: verify against the database", runs_large, lambda: printing.verify_pdf(big_pdf, workspace))
        pfx = make_pfx()
        signed = printing.sign_pdf(first, pfx)
        measure("seed: sign (PAdES, RSA-2048)", runs_small, lambda: printing.sign_pdf(first, pfx))
        measure("seed: verify a signed PDF (signature + database)", runs_small,
                lambda: printing.verify_pdf(signed, workspace))
    finally:
        workspace.close()


if __name__ == "__main__":
    main()
