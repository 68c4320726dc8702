# journeymap — two commands on a fresh Linux machine: `make run` and `make test`.
# Both create .venv, install what is needed (system libraries via apt-get when run as root) and go.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
SAMPLE ?= resources/samples/schmidt.journey

# System libraries: Qt offscreen, Qt on X11/Xvfb, PDF tools, a font.
SYSTEM_PACKAGES := libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core \
	xvfb xauth libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
	poppler-utils qpdf

.PHONY: run test lint fuzz bench dist dist-smoke system-deps venv clean screenshot translations

run: $(VENV)/.stamp-run
	@if [ -f "$(SAMPLE)" ]; then $(VENV)/bin/journeymap "$(SAMPLE)"; else $(VENV)/bin/journeymap; fi

test: lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)
	@if [ "$(DIST)" = "1" ]; then $(MAKE) --no-print-directory dist-smoke; fi

# The picture of docs/architecture.md, enforced: import contracts (pyproject's [tool.importlinter]), ruff, and mypy
# (strict for the Qt-free core and the command line, normal for the editor). MYPY_TARGETS is the whole package.
MYPY_TARGETS := -p journeymap.model -p journeymap.analysis -p journeymap.layout -p journeymap.catalogue \
	-p journeymap.fileformat -p journeymap.interchange -p journeymap.export -m journeymap.templates \
	-m journeymap.locate -m journeymap.collector -m journeymap.lazy -p journeymap.cli -p journeymap.commands \
	-m journeymap.document -p journeymap.canvas -p journeymap.app
lint: $(VENV)/.stamp-test
	$(VENV)/bin/lint-imports --no-cache
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy $(MYPY_TARGETS)

# Long fuzzing (hypothesis): 10,000 generated cases per input kind (.journey, .mmd, .csv, exports); `make test`
# runs the same tests with a few hundred cases each.
FUZZ_EXAMPLES ?= 10000
fuzz: $(VENV)/.stamp-test
	JOURNEYMAP_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m fuzz -q $(PYTEST_ARGS)

# One-folder build with PyInstaller (dist/journeymap/); `make test DIST=1` also smoke-tests it.
dist: $(VENV)/.stamp-test
	$(PY) -m pip install -q "pyinstaller>=6.5"
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN journeymap.spec

dist-smoke: dist
	QT_QPA_PLATFORM=offscreen dist/journeymap/journeymap --version
	for c in new check catalogue recommend import export cards poster diff merge; do \
		QT_QPA_PLATFORM=offscreen dist/journeymap/journeymap $$c --help > /dev/null || exit 1; done
	QT_QPA_PLATFORM=offscreen dist/journeymap/journeymap check resources/samples/schmidt.journey
	QT_QPA_PLATFORM=offscreen dist/journeymap/journeymap export resources/samples/schmidt.journey -o dist/smoke.pdf
	test -s dist/smoke.pdf
	test -s dist/journeymap/_internal/resources/translations/journeymap_de.qm
	test -s dist/journeymap/_internal/resources/catalogue/touchpoints.json
	test -n "$$(find dist/journeymap/_internal/pypdfium2_raw -name '*pdfium*' -type f ! -name '*.pyc')"  # kit preview
	@echo "dist smoke test passed"

bench: $(VENV)/.stamp-test
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

system-deps:
	@missing=""; for p in $(SYSTEM_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
		echo "Installing system packages:$$missing"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing) \
		|| echo "warning: could not install some system packages:$$missing"; \
	else \
		echo "note: missing system packages (install them as root):$$missing"; \
	fi

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(VENV)/.stamp-run: pyproject.toml | $(VENV)/bin/python
	@$(MAKE) --no-print-directory system-deps
	$(PY) -m pip install -q -e .
	@touch $@

$(VENV)/.stamp-test: pyproject.toml | $(VENV)/bin/python
	@$(MAKE) --no-print-directory system-deps
	$(PY) -m pip install -q -e '.[test]'
	@touch $@ $(VENV)/.stamp-run

clean:
	rm -rf $(VENV) build dist .pytest_cache .hypothesis

# UI translations: extract every tr()/translate() string into the .ts files, then compile them to .qm.
# Only modules that use Qt are scanned: the Qt-free core has its own `tr` helpers lupdate must not read.
TS_FILES := resources/translations/journeymap_de.ts resources/translations/journeymap_en.ts

translations: $(VENV)/.stamp-run
	$(VENV)/bin/pyside6-lupdate -silent -locations none -no-obsolete \
		$$(grep -rlE --include='*.py' '^\s*(from|import) PySide6' journeymap | sort) -ts $(TS_FILES)
	for ts in $(TS_FILES); do $(VENV)/bin/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; done

# The README screenshot: the editor on the sample, rendered under Xvfb to docs/screenshot.png.
SCREENSHOT_LANG ?= de
screenshot: $(VENV)/.stamp-run
	@command -v xvfb-run >/dev/null || { echo "error: xvfb-run is missing (make system-deps as root)"; exit 1; }
	xvfb-run -a -s "-screen 0 1600x1000x24 -nolisten tcp" env QT_QPA_PLATFORM=xcb \
		$(PY) -m journeymap.app.screenshot $$([ -f "$(SAMPLE)" ] && echo "$(SAMPLE)") docs/screenshot.png \
		--lang $(SCREENSHOT_LANG)
