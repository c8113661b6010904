"""Every labelled set regenerates byte for byte from its generator.

The generators (tests/<set>/make_<set>.py) share tests/labelled_sets.py, so a change
there that alters any set's dump files or gold rows fails here instead of going
unnoticed until the set is next regenerated.
"""
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
SETS = ["devset", "devset2", "devset3", "devset4", "devset5", "devset6", "devset7",
        "devset8", "devset9", "heldout", "heldout2"]


@pytest.mark.parametrize("name", SETS)
def test_generator_rewrites_the_committed_files(name, tmp_path):
    folder = TESTS / name
    out = tmp_path / "out"
    # Run from another folder: the generator must not depend on the working directory.
    run = subprocess.run([sys.executable, str(folder / f"make_{name}.py"), str(out)],
                         cwd=tmp_path, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    committed = sorted(p.name for p in folder.iterdir()
                       if p.suffix == ".txt" or p.name == "gold_lines.jsonl")
    assert sorted(p.name for p in out.iterdir()) == committed
    for file in committed:
        written, kept = (out / file).read_bytes(), (folder / file).read_bytes()
        if written != kept:  # compare lines first, so a failure shows the lines that changed
            assert written.decode("utf-8").split("\n") == kept.decode("utf-8").split("\n"), file
            assert written == kept, file
