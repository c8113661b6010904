"""Paragraph-level cleaning and deduplication of scraped health articles.

Data flow: ingest -> per-paragraph steps (normalise, boilerplate, exact-key, and any
of your own) -> corpus steps (cross-dump repeat count, dedup) -> emit.
``clean_corpus`` runs it in memory and returns the records, ``write_corpus`` writes
the output files in bounded memory, ``process_batch`` runs incrementally against a
state, ``run_on_dask`` on a Dask cluster (docs/architecture.md).
"""
from .version import __version__
from .api import clean_corpus, process_batch, resolve_config, run_on_dask, write_corpus
from .boilerplate import BoilerplateClassifier, BoilerplateRule, classify
from .config import ConfigError, config_hash, load_config
from .dedup import NearDuplicateIndex, deduplicate
from .emit import build_report, write_outputs
from .ingest import ingest_file, ingest_html, ingest_jsonl, ingest_paths, ingest_text
from .model import Occurrence, Paragraph, Passage, Provenance, Removal, SourceProblem, Verdict
from .normalise import TextCleaner, clean_text, normalise
from .result import CorpusResult
from .steps import Batch, Filter, Step, StepFailed, build_steps, register_step

__all__ = [
    "Batch",
    "BoilerplateClassifier",
    "BoilerplateRule",
    "ConfigError",
    "CorpusResult",
    "Filter",
    "NearDuplicateIndex",
    "Occurrence",
    "Paragraph",
    "Passage",
    "Provenance",
    "Removal",
    "SourceProblem",
    "Step",
    "StepFailed",
    "TextCleaner",
    "Verdict",
    "__version__",
    "build_report",
    "build_steps",
    "classify",
    "clean_corpus",
    "clean_text",
    "config_hash",
    "deduplicate",
    "ingest_file",
    "ingest_html",
    "ingest_jsonl",
    "ingest_paths",
    "ingest_text",
    "load_config",
    "normalise",
    "process_batch",
    "register_step",
    "resolve_config",
    "run_on_dask",
    "write_corpus",
    "write_outputs",
]
