# The two commands of the README. Both set up .venv on a fresh machine first.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
OUT    ?= out
JOBS   ?= auto

.PHONY: main test lint bench gold clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

## the main job on the bundled corpus: the HTML report and the graph exports in $(OUT)/
main: $(VENV)/.installed
	$(VENV)/bin/vanban report corpus -o $(OUT)

## the whole test suite (and the linter), on JOBS processes (pytest-xdist; auto: one per core, 0: this process only),
## a test file to a process: its module fixtures (the checklist's tallies: 343 s under load) built once
test: $(VENV)/.installed lint
	$(PY) -m pytest -n $(JOBS) --dist loadfile

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check src tests benchmarks scripts conftest.py
	$(VENV)/bin/ruff format --check src tests benchmarks scripts conftest.py

gold: $(VENV)/.installed
	$(PY) tests/gold.py

## every benchmark (the graph and the store at 10k documents; `--sizes 10000 100000` for 100k)
bench: $(VENV)/.installed
	$(PY) benchmarks/bench_references.py
	$(PY) benchmarks/bench_read.py
	$(PY) benchmarks/bench_similar.py
	$(PY) benchmarks/bench_draw.py
	$(PY) benchmarks/bench_graph.py --sizes 10000
	$(PY) benchmarks/bench_warm.py
	$(PY) benchmarks/bench_store.py --sizes 10000
	$(PY) benchmarks/bench_worker.py
	$(PY) benchmarks/bench_dask.py

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .ruff_cache
