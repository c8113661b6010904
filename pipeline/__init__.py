"""Paragraph-level cleaning and deduplication of scraped health articles.

The stages, in data-flow order, each a plain function over a batch of records:
``ingest_paths``/``ingest_text`` -> ``normalise`` -> ``classify`` -> ``deduplicate``
-> ``write_outputs``; ``clean_corpus`` runs them all and returns the records,
``write_corpus`` runs them into files in bounded memory.
"""
__version__ = "0.1.0"

from .api import clean_corpus, resolve_config, write_corpus  # noqa: E402
from .boilerplate import BoilerplateClassifier, BoilerplateRule, classify  # noqa: E402
from .config import ConfigError, config_hash, load_config  # noqa: E402
from .dedup import NearDuplicateIndex, deduplicate  # noqa: E402
from .emit import build_report, write_outputs  # noqa: E402
from .engines import CorpusResult  # noqa: E402
from .ingest import ingest_file, ingest_html, ingest_jsonl, ingest_paths, ingest_text  # noqa: E402
from .model import Occurrence, Paragraph, Passage, Provenance, Removal, SourceProblem, Verdict  # noqa: E402
from .normalise import TextCleaner, clean_text, normalise  # noqa: E402

__all__ = [
    "BoilerplateClassifier",
    "BoilerplateRule",
    "ConfigError",
    "CorpusResult",
    "NearDuplicateIndex",
    "Occurrence",
    "Paragraph",
    "Passage",
    "Provenance",
    "Removal",
    "SourceProblem",
    "TextCleaner",
    "Verdict",
    "__version__",
    "build_report",
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
    "resolve_config",
    "write_corpus",
    "write_outputs",
]
