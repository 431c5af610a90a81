# Every target creates .venv when missing and installs the pinned dependencies into it.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test run lint typecheck deadcode pytest bench clean

# The venv is made without pip, and the current pip is put in it by the machine's own pip
# (`pip --python`, pip 22.3 and later): 2 s instead of 10 s for ensurepip's old pip and then the
# upgrade. A machine whose pip cannot do that gets ensurepip's. Nothing is byte-compiled at install:
# the modules that are imported are compiled then, once, and most installed modules never are.
# The lock pins setuptools, so the project's own install needs no throwaway build environment.
$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PY) -m venv --without-pip $(VENV)
	$(BIN)/python -m pip --version >/dev/null 2>&1 \
	  || $(PY) -m pip --python $(BIN)/python install -q --no-compile pip 2>/dev/null \
	  || { $(BIN)/python -m ensurepip -q && $(BIN)/python -m pip install -q --upgrade pip; }
	$(BIN)/python -m pip install -q --no-compile -r requirements.lock
	$(BIN)/python -m pip install -q --no-compile --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/hyosan demo

run: $(STAMP)
	$(BIN)/hyosan run

lint: $(STAMP)
	$(BIN)/ruff check .


typecheck: $(STAMP)
	$(BIN)/mypy

# Code nothing calls (tests and benchmarks count as callers). Framework hooks are called by
# discord.py; tests/dead_code_allowlist.py lists the rest that stays on purpose, with why.
VULTURE_IGNORE_NAMES := cog_load,cog_unload,setup_hook,on_ready,on_guild_remove,on_thread_remove,on_error,from_custom_id,callback,interaction_check
# (a backslash continuation would put a space before the next name, which vulture then never matches)
VULTURE_IGNORE_NAMES := $(VULTURE_IGNORE_NAMES),transform,channel_types,on_timeout,on_submit,before_identify_hook,row_factory,guild_messages,exc_type,tb,shard_id
VULTURE_IGNORE_DECORATORS := @app_commands.command,@*.command,@commands.Cog.listener,@*.autocomplete,@*.error,@discord.ui.button
deadcode: $(STAMP)
	@$(BIN)/vulture bot cogs db tests bench --min-confidence 60 \
	  --ignore-names "$(VULTURE_IGNORE_NAMES)" --ignore-decorators "$(VULTURE_IGNORE_DECORATORS)" \
	  | grep -E '^(bot|cogs|db)/'; rc=$$?; \
	  if [ $$rc -eq 0 ]; then echo "dead code found (see above)"; exit 1; fi; echo "no dead code"

# pytest exits 5 when it collected nothing: that is a failure here, not a pass. Many tests wait on
# sockets and subprocesses, so three workers keep two cores busy (pytest-xdist; idle workers take
# waiting tests from busy ones). Each worker collects and imports everything again (4-5 CPU-s) and
# warms its own caches: on two cores three measured faster than four (518 e2e and trivia tests,
# twice each: 104 against 111 CPU-s, 103 against 125 s; the whole suite with three: 175 CPU-s, 159 s);
# six were 25 s slower than four.
# The tests start many bots and `hyosan` processes: compiled once here and kept (whatever PYTHONDONTWRITEBYTECODE
# says), the modules are not compiled again by every one of them (1.4 CPU-s on a fresh clone). The
# test modules' rewritten asserts are cached once too, by the controller (tests/rewrite_once.py), so
# compileall leaves the test modules and conftest files out: pytest never reads their plain pyc (0.7 CPU-s).
# compileall runs beside pytest's controller, which spends its first second importing pytest alone on one
# core; the workers, which import the modules, start seconds later (after tests/rewrite_once.py).
# Then what compiling each lazy pattern works out is kept (bot/re_cache.py, 5 CPU-s on a fresh clone, 1.5 when
# kept already): the workers and every `hyosan` process read it instead of compiling the patterns they use
# (a fifth of a CPU-second a `hyosan ask`, seconds a worker); those that start before it is written compile theirs.
pytest: $(STAMP)
	{ $(BIN)/python -m compileall -q -x '/(test_[^/]*|conftest)\.py$$' bot cogs db bench tests; \
	  $(BIN)/python -m bot.re_cache >/dev/null || true; } & compiled=$$!; \
	  env -u PYTHONDONTWRITEBYTECODE $(BIN)/python -m pytest -q -p no:cacheprovider -n 3 --dist worksteal; rc=$$?; \
	  wait $$compiled; if [ $$rc -eq 5 ]; then echo "pytest collected no tests"; exit 1; fi; exit $$rc

# The lint, mypy and the dead-code check run beside pytest, at a lower priority (nice): pytest's start
# (the workers' collection) keeps both cores busy, and later its workers wait much of the time on
# sockets and subprocesses, so the checks (20 CPU-s on a fresh clone) take the cores' idle time
# instead of slowing the start. Their reports are printed after pytest's, whole; the run fails when
# any of them fails.
CHECKS_NICE := nice -n 10
test: $(STAMP)
	@log=$$(mktemp); \
	  ( { $(CHECKS_NICE) $(MAKE) -s --no-print-directory lint; l=$$?; \
	      $(CHECKS_NICE) $(MAKE) -s --no-print-directory typecheck && $(CHECKS_NICE) $(MAKE) -s --no-print-directory deadcode \
	      && [ $$l -eq 0 ]; } >$$log 2>&1; \
	    echo $$? >$$log.rc ) & checks=$$!; \
	  $(MAKE) -s --no-print-directory pytest; rc=$$?; wait $$checks; \
	  echo "--- the lint, mypy and the dead-code check:"; cat $$log; crc=$$(cat $$log.rc); rm -f $$log $$log.rc; \
	  if [ $$rc -ne 0 ]; then exit $$rc; fi; exit $${crc:-1}

bench: $(STAMP)
	$(BIN)/python -m bench.latency
	$(BIN)/python -m bench.ask
	$(BIN)/python -m bench.trivia
	$(BIN)/python -m bench.fanout --channels 1000

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache
