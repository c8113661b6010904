"""An example of a user's own filter step (README, "Extending the pipeline").

Run it with ``PYTHONPATH=examples clean-corpus run samples --out build/short --config
examples/short_lines.toml``: the config adds ``short_lines:DropShortLines`` to the step
list and sets its threshold in its own table.
"""
from pipeline.steps import Batch, Filter


class DropShortLines(Filter):
    """Drops kept paragraphs of fewer than ``[short_lines] min_words`` words: a training
    corpus may not want headings and stray labels the boilerplate stage let through."""

    category = "too-short"

    def __init__(self, config: dict):
        super().__init__(config)
        self.min_words = int(config.get("short_lines", {}).get("min_words", 4))

    def drop(self, text: str, batch: Batch, i: int) -> str | None:
        n = len(text.split())
        return f"{n} words < {self.min_words}" if n < self.min_words else None
