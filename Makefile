# Koers: `make run` opens the demo in the window, `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)
export PIP_CONSTRAINT := $(CURDIR)/constraints.txt
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint typecheck contracts pytest bench screenshot translations lupdate \
        system-deps constraints clean demo

run: system-deps $(STAMP) translations build/demo.koers
	$(BIN)/koers build/demo.koers

demo: build/demo.koers

build/demo.koers: $(STAMP) FORCE
	@mkdir -p build
	$(BIN)/koers demo build/demo.koers --force

test: system-deps $(STAMP) translations lint typecheck contracts pytest

system-deps:
	@scripts/system-deps

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit("Koers needs Python 3.11 or newer") if sys.version_info < (3, 11) else None'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	@touch $(STAMP)

translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find app/views app/commands -name '*.py' | sort) -ts $(TS) -no-obsolete

lint: $(STAMP)
	$(BIN)/ruff check app tests scripts
	$(BIN)/ruff format --check app tests scripts

typecheck: $(STAMP)
	$(BIN)/mypy

contracts: $(STAMP)
	$(BIN)/lint-imports

pytest: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n 2 --dist loadfile -q

bench: system-deps $(STAMP) translations build/demo.koers
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/bench_startup.py build/demo.koers
	$(BIN)/python scripts/bench_schedule.py
	$(BIN)/python scripts/bench_document.py
	$(BIN)/python scripts/bench_mspdi.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/bench_gantt.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/bench_registers.py
	$(BIN)/python scripts/bench_xlsx.py
	$(BIN)/python scripts/bench_gan.py
	$(BIN)/python scripts/bench_xlsx_import.py
	$(BIN)/python scripts/bench_refusals.py
	$(BIN)/python scripts/bench_mspdi_export.py
	$(BIN)/python scripts/bench_evm.py

screenshot: system-deps $(STAMP) translations build/demo.koers
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshot.py build/demo.koers docs/main-window.png
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshot.py build/demo.koers docs/schedule.png en schedule
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshot.py build/demo.koers docs/gantt-days.png en days
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshot.py build/demo.koers docs/gantt-months.png en months
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshot.py build/demo.koers docs/risks.png en risks
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshot.py build/demo.koers docs/stakeholders.png en stakeholders

constraints: $(STAMP)
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^koers' > constraints.new
	@echo "review constraints.new against constraints.txt, then move it over"

clean:
	rm -rf build $(QM) .pytest_cache .mypy_cache .ruff_cache

FORCE:
