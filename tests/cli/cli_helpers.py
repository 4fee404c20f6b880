"""What the command-line tests share: running ``cchc`` in process and reading what it printed."""

from cchc_desktop.cli import main


def run(capsys, *args):
    """``cchc ARGS`` as the shell would call it: the exit status, stdout and stderr."""
    code = main([str(arg) for arg in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err
