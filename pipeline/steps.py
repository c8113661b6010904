"""The step interface every executor runs.

A :class:`Batch` is a run of consecutive paragraphs (one or more sources, in input
order) held as columns: the raw lines, where each came from (dump, page, line) and
whatever earlier steps added (``text``, ``judged``, ``key``, ...). Batches are cut at
page boundaries, so a step sees each paragraph's neighbours on its page and its
position there (:meth:`Batch.page_span`); a page is at most :data:`MAX_PAGE` paragraphs.

Two kinds of steps:

* :class:`Step` works paragraph by paragraph (maybe looking at neighbours):
  ``run(batch) -> batch``. Executors run the step list on any partition, in any
  process. :class:`Filter` is a step that only decides which paragraphs to drop; the
  base class records each drop as a removal with the step's name and category.
* A *corpus step* needs every partition: it has a ``local`` part run per partition
  and a ``combine`` part run once (in process, as a Dask exchange, or with the
  SQLite state of earlier runs as a prior). The two in the pipeline are the
  cross-dump repeat count (:class:`pipeline.boilerplate.repeats.CrossDumpRepeats`) and
  the exact/near-duplicate grouping (:mod:`pipeline.dedup`).

The per-paragraph step list is named in the config (``[pipeline] steps``); a name is
either one registered with :func:`register_step` or ``module:Class`` for a step in a
user's own module. :func:`build_steps` makes the list.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Callable, NamedTuple


class Outcome(NamedTuple):
    """Why a paragraph is removed before dedup (a kept paragraph has no outcome).

    ``reason`` is ``boilerplate``, ``empty``, ``filtered`` or ``timeout``; ``signals`` are the
    evidence as the audit lists it (``name(+weight)``)."""

    reason: str
    category: str | None = None
    rule: str | None = None
    score: float | None = None
    signals: tuple[str, ...] = ()


EMPTY = Outcome("empty", None, "nothing-left-after-normalise", None, ())


class Judged(NamedTuple):
    """A paragraph's verdict before the cross-dump repeat count is known.

    ``short_key`` is the paragraph's repeat key when it is short enough to be
    counted across dumps (None otherwise); ``once`` is the outcome when it is
    in fewer dumps than the repeat signal needs, ``repeated`` when it is in
    enough. None keeps the paragraph."""

    short_key: str | None
    once: Outcome | None
    repeated: Outcome | None

    def settled(self) -> bool:
        """Whether the count cannot change the verdict."""
        return self.once == self.repeated


def timed_out(key: str | None, exc) -> Judged:
    """The verdict on a paragraph a config pattern could not finish on
    (:class:`~pipeline.patterns.PatternTimeout`): removed with reason ``timeout``, the
    pattern named, whatever its count across dumps."""
    out = Outcome("timeout", None, exc.where, None, (str(exc),))
    return Judged(key, out, out)


@dataclass
class Batch:
    """Consecutive paragraphs as columns, in input order.

    ``dump[i]`` indexes ``dumps`` (the source path), ``page[i]`` numbers the page the
    paragraph is on (a text dump's run of consecutive non-blank lines, an HTML page,
    a JSON Lines record: equal numbers are one page, and pages are contiguous),
    ``line[i]`` is its 1-based line in the source. Steps add columns by name; ``html``
    (when any is) tells which paragraphs are blocks of an HTML page
    (:attr:`~pipeline.model.Paragraph.html`)."""

    raw: list[str]
    dumps: list[str]
    dump: list[int]
    page: list[int]
    line: list[int]
    columns: dict[str, list] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.raw)

    def __getitem__(self, name: str) -> list:
        return self.columns[name]

    def __setitem__(self, name: str, values: list) -> None:
        if len(values) != len(self.raw):
            raise ValueError(f"column {name!r} has {len(values)} values for {len(self.raw)} paragraphs")
        self.columns[name] = values

    def __contains__(self, name: str) -> bool:
        return name in self.columns

    @classmethod
    def of(cls, paragraphs, pages: list[int] | None = None) -> "Batch":
        """A batch of :class:`~pipeline.model.Paragraph` records (``text`` too, when set),
        pages numbered from their provenance (:func:`page_numbers`) unless given."""
        dumps: dict[str, int] = {}
        dump, line, sources = [], [], []
        for p in paragraphs:
            src = p.source
            dump.append(dumps.setdefault(src.path, len(dumps)))
            line.append(src.line)
            sources.append(src)
        batch = cls([p.raw for p in paragraphs], list(dumps), dump,
                     page_numbers(sources) if pages is None else pages, line)
        if any(p.text for p in paragraphs):
            batch["text"] = [p.text for p in paragraphs]
        if any(p.html for p in paragraphs):
            batch["html"] = [p.html for p in paragraphs]
        return batch

    def slice(self, start: int, stop: int) -> "Batch":
        return Batch(self.raw[start:stop], self.dumps, self.dump[start:stop], self.page[start:stop],
                     self.line[start:stop], {k: v[start:stop] for k, v in self.columns.items()})

    def page_spans(self) -> list[tuple[int, int]]:
        """``[start, stop)`` of every page in the batch, in order."""
        spans, start = [], 0
        for i in range(1, len(self.page) + 1):
            if i == len(self.page) or self.page[i] != self.page[start]:
                spans.append((start, i))
                start = i
        return spans

    def page_span(self, i: int) -> tuple[int, int]:
        """``[start, stop)`` of the page paragraph ``i`` is on (its neighbours are in there)."""
        start, stop = i, i + 1
        while start > 0 and self.page[start - 1] == self.page[i]:
            start -= 1
        while stop < len(self.page) and self.page[stop] == self.page[i]:
            stop += 1
        return start, stop


# A page holds at most this many paragraphs: a dump with no blank line (or a huge page)
# is cut into pages of this size, counted from the page's start, so what a step sees as
# a paragraph's page depends on the input alone, never on how an executor cut batches.
MAX_PAGE = 1000
# A dump whose paragraphs are this share or more of them a blank line apart (at least
# SPACED_MIN_GAPS such joints) is written with a blank line after every paragraph: there a
# blank line ends a paragraph, and two or more end a page. Read as pages of one paragraph
# each, its context was none: on 20 realweb paragraph dumps written so, 224 of 6,043 content
# lines were removed instead of 1, and with pages parted by two blank lines exactly the same
# lines go as in the dumps written with one.
SPACED_SHARE = 0.8
SPACED_MIN_GAPS = 4


def spaced_dumps(sources) -> set[str]:
    """The dumps among ``sources`` (provenances, whole files in input order) written with a
    blank line after every paragraph (SPACED_SHARE)."""
    joints: dict[str, list[int]] = {}
    prev = None
    for src in sources:
        if prev is not None and src.path == prev.path and src.element is None and src.record is None \
                and prev.record is None:
            counts = joints.setdefault(src.path, [0, 0])
            counts[0] += 1
            counts[1] += src.line - prev.line == 2
        prev = src
    return {path for path, (n, spaced) in joints.items() if n >= SPACED_MIN_GAPS and spaced >= SPACED_SHARE * n}


def page_numbers(sources, max_page: int = MAX_PAGE) -> list[int]:
    """Page number per provenance, in input order: a new page starts at a new file, a
    new JSON Lines record, or (text dumps) after a blank line (after two or more in a dump
    written with one after every paragraph: :func:`spaced_dumps`), and after ``max_page``
    paragraphs; an HTML page is one page.

    >>> from pipeline.model import Provenance as P
    >>> page_numbers([P("a.txt", 1, 0, 1), P("a.txt", 2, 2, 3), P("a.txt", 4, 5, 6), P("b.txt", 5, 0, 1)])
    [0, 0, 1, 2]
    >>> page_numbers([P("a.txt", n, 0, 1) for n in range(1, 6)], max_page=2)
    [0, 0, 1, 1, 2]
    >>> page_numbers([P("s.txt", n, 0, 1) for n in (1, 3, 5, 7, 10, 12)])
    [0, 0, 0, 0, 1, 1]
    """
    sources = list(sources)
    spaced = spaced_dumps(sources)
    out: list[int] = []
    page, size = -1, 0
    prev = None
    for src in sources:
        if (prev is None or src.path != prev.path or src.record != prev.record or size >= max_page
                or (src.element is None and src.line != prev.line + 1
                    and not (src.path in spaced and src.line == prev.line + 2))):
            page += 1
            size = 0
        out.append(page)
        size += 1
        prev = src
    return out


def next_cut(pages: list[int], start: int, target: int) -> int:
    """Where the batch starting at ``start`` should end: at the first page boundary at or
    after ``target`` paragraphs, so pages stay whole (a page is at most MAX_PAGE long)."""
    n = len(pages)
    stop = min(start + max(1, target), n)
    while stop < n and pages[stop] == pages[stop - 1]:
        stop += 1
    return stop


def cut_points(pages: list[int], target: int) -> list[int]:
    """The ends of consecutive batches of about ``target`` paragraphs (:func:`next_cut`).

    >>> cut_points([0, 0, 0, 1, 1, 2, 2, 2, 2], 2)
    [3, 5, 9]
    """
    cuts, start = [], 0
    while start < len(pages):
        start = next_cut(pages, start, target)
        cuts.append(start)
    return cuts


class Step:
    """A per-paragraph step: ``run`` takes a batch and returns it with its column(s)
    added or changed. Built once per process from the effective config (compile
    patterns, load models in ``__init__``); it must hold no state between batches,
    so any executor may run it on any partition."""

    name = "step"

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "name" not in cls.__dict__:  # the audit's rule names the step: by its class until registered
            cls.name = cls.__name__

    def __init__(self, config: dict):
        self.config = config

    def run(self, batch: Batch) -> Batch:
        raise NotImplementedError


class Filter(Step):
    """A step that drops paragraphs: a subclass writes only :meth:`drop`.

    Paragraphs already removed (empty, or boilerplate whatever their count across
    dumps) are not offered. A dropped paragraph goes to the audit with reason
    ``filtered``, ``rule`` the step's name, ``category`` the step's category and the
    string :meth:`drop` returned as its evidence."""

    category = "filtered"

    def drop(self, text: str, batch: Batch, i: int) -> str | None:
        """Why paragraph ``i`` (cleaned ``text``) should go, or None to keep it."""
        raise NotImplementedError

    def run(self, batch: Batch) -> Batch:
        texts, judged = batch["text"], batch["judged"]
        for i, text in enumerate(texts):
            j = judged[i]
            if j.once is not None and j.repeated is not None:
                continue
            why = self.drop(text, batch, i)
            if why:
                out = Outcome("filtered", self.category, self.name, None, (str(why),))
                judged[i] = Judged(j.short_key, out, out)
        return batch


class StepFailed(RuntimeError):
    """A step raised while it ran: the message names the step and what it raised."""


def run_step(step: Step, batch: Batch) -> Batch:
    """``step.run(batch)``; what it raises becomes :class:`StepFailed`, naming the step (a
    user's step's bug reaches the user as one line), and so does a result other than the
    batch's paragraphs, one for one (a step adds or changes columns; removing is a Filter's
    verdict). A paragraph whose text a step empties after the boilerplate step judged it
    is removed as ``empty`` (rule ``nothing-left-after-STEP``), as one that cleaning empties is:
    a text that is no longer there cannot be a passage."""
    name = getattr(step, "name", None) or type(step).__name__
    rows = len(batch)
    before = list(batch["text"]) if "judged" in batch and "text" in batch else None
    try:
        out = step.run(batch)
    except StepFailed:
        raise
    except Exception as exc:
        raise StepFailed(f"step {name!r} failed: {type(exc).__name__}: {exc}") from exc
    if not isinstance(out, Batch):
        raise StepFailed(f"step {name!r} failed: it returned {type(out).__name__}, not the Batch it was given")
    if len(out) != rows:
        raise StepFailed(f"step {name!r} failed: it returned {len(out)} paragraphs for {rows} (a step adds or "
                         "changes columns; a Filter removes paragraphs)")
    if before is not None and "judged" in out and "text" in out:
        _judge_emptied(out, before, name)
    return out


def _judge_emptied(batch: Batch, before: list, name: str) -> None:
    judged = batch["judged"]
    emptied = Outcome("empty", None, f"nothing-left-after-{name}", None, ())
    for i, (was, now) in enumerate(zip(before, batch["text"])):
        if was and not now:
            judged[i] = Judged(judged[i].short_key, emptied, emptied)


def run_steps(steps: list[Step], batch: Batch) -> Batch:
    for step in steps:
        batch = run_step(step, batch)
    return batch


_REGISTRY: dict[str, Callable[[dict], Step]] = {}


def register_step(name: str):
    """Class decorator: make a step available by ``name`` in ``[pipeline] steps``."""
    def put(cls):
        _REGISTRY[name] = cls
        cls.name = name
        return cls
    return put


class StepError(ValueError):
    """A step named in ``[pipeline] steps`` that cannot be found or imported."""


# Steps every list must hold, and the order they need (the other two read the cleaned text).
REQUIRED_STEPS = ("normalise", "boilerplate", "exact-key")


def step_order_problem(names: list[str]) -> str | None:
    """What is wrong with a step list's names (a required step missing, or ``normalise`` after
    the steps that read its text), or None."""
    for name in REQUIRED_STEPS:
        if name not in names:
            return f"must include {name!r}"
    if not names.index("normalise") < min(names.index("boilerplate"), names.index("exact-key")):
        return "must put 'normalise' before 'boilerplate' and 'exact-key' (they read the cleaned text)"
    return None


def check_step_list(steps) -> list[Step]:
    """The library's ``steps=`` argument, checked as the config's list is: :class:`StepError`
    naming what is wrong, before anything runs (instead of an error from deep inside a run)."""
    if isinstance(steps, (str, bytes, Step)) or not hasattr(steps, "__iter__"):
        raise StepError(f"steps must be a list of pipeline.steps.Step objects, not {type(steps).__name__}")
    steps = list(steps)
    for n, step in enumerate(steps):
        if not isinstance(step, Step):
            hint = (" (a step's name: name steps in the config's [pipeline] steps, or pass "
                    "pipeline.build_steps(config))") if isinstance(step, str) else ""
            raise StepError(f"steps[{n}] is {type(step).__name__} {step!r}, not a pipeline.steps.Step{hint}")
    names = [step.name for step in steps]
    problem = step_order_problem(names)
    if problem:
        raise StepError(f"steps {names}: {problem}")
    _load_builtin_steps()
    for step in steps:
        # The stages after the steps read what the pipeline's own steps write (the cleaned
        # text, the verdicts, the exact keys): a step that takes one's name must be one.
        if step.name in REQUIRED_STEPS and not isinstance(step, _REGISTRY[step.name]):
            raise StepError(f"step {step.name!r} is {type(step).__name__}, not {_REGISTRY[step.name].__name__} "
                            "(or a subclass of it): the later stages read what that step writes")
    for n, step in enumerate(steps):
        _refuse_early_filter(step.name, type(step), names[:n])
    return steps


def check_steps(config: dict) -> None:
    """Raise :class:`StepError` when a step of ``[pipeline] steps`` cannot be found or
    imported, before anything runs."""
    _factories(config["pipeline"]["steps"])


def _factories(names: list[str]) -> list[tuple[str, Callable[[dict], Step]]]:
    """Each step's name and class, in order (:func:`step_factory`). :class:`StepError` also
    for a Filter before the boilerplate step: a filter is offered the paragraphs the
    boilerplate step kept, and reads its verdicts."""
    _load_builtin_steps()
    out = []
    for name in names:
        cls = step_factory(name)
        _refuse_early_filter(name, cls, [n for n, _ in out])
        out.append((name, cls))
    return out


def _refuse_early_filter(name: str, cls, before: list[str]) -> None:
    """:class:`StepError` for a Filter (``cls``) with no boilerplate step ``before`` it."""
    if isinstance(cls, type) and issubclass(cls, Filter) and "boilerplate" not in before:
        raise StepError(f"step {name!r} is a Filter: it goes after the 'boilerplate' step, whose verdicts it reads")


def step_factory(name: str) -> Callable[[dict], Step]:
    """The step class registered as ``name``, or ``module:Class`` imported."""
    if name in _REGISTRY:
        return _REGISTRY[name]
    if ":" in name:
        module, _, attr = name.partition(":")
        try:
            cls = getattr(importlib.import_module(module), attr)
        except (ImportError, AttributeError) as exc:
            raise StepError(f"step {name!r}: cannot import: {exc} (is its folder on PYTHONPATH?)") from None
        except Exception as exc:  # the module itself fails: a syntax error, an error at import time
            raise StepError(f"step {name!r}: importing {module} failed: {type(exc).__name__}: {exc}") from None
        if not (isinstance(cls, type) and issubclass(cls, Step)):
            raise StepError(f"step {name!r} is not a pipeline.steps.Step")
        if cls.name in (Step.name, cls.__name__):
            cls.name = name
        return cls
    raise StepError(f"unknown step {name!r} (registered: {', '.join(sorted(_REGISTRY))}; "
                    "or module:Class)")


def build_steps(config: dict) -> list[Step]:
    """The per-paragraph steps the config names, in order, built from it. A step that
    raises while it is built (other than on a config error) is :class:`StepFailed`."""
    from .config import ConfigError

    steps = []
    for name, factory in _factories(config["pipeline"]["steps"]):
        try:
            steps.append(factory(config))
        except (ConfigError, StepError, StepFailed):
            raise
        except Exception as exc:
            raise StepFailed(f"step {name!r} failed as it was built: {type(exc).__name__}: {exc}") from exc
    return steps


def _load_builtin_steps() -> None:
    # The stage packages register their steps when imported.
    from . import boilerplate, dedup, normalise  # noqa: F401
