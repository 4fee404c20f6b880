# Packaging targets (see docs/packaging.md). Everything else runs through .ci/run.
.PHONY: bundle windows-installer windows-probe packaging-ci clean-packaging

# Linux one-folder bundle with build.spec, then its --self-test offscreen (fast; CI).
bundle:
	bash packaging/bundle.sh

# dist/CCHC-Desktop-Setup-<version>-x64.exe, built under wine, then smoke-tested:
# silent install into a fresh prefix, --self-test, upgrade, silent uninstall.
windows-installer:
	bash packaging/windows.sh all

# The same pipeline with the tiny toolchain probe (packaging/probe_app.py) as the app.
windows-probe:
	CCHC_ENTRY=packaging/probe_app.py bash packaging/windows.sh all

# What .ci/run calls after the tests.
packaging-ci:
	bash packaging/ci.sh

clean-packaging:
	rm -rf packaging/work dist/linux dist/CCHC-Desktop-Setup-*-x64.exe
