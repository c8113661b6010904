"""Kernels are compiled on first use: importing the package, cleaning and
classifying text do not import numba; dedup does, and then works across modules."""
import subprocess
import sys
import textwrap

from pipeline.dedup import kernels


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_cleaning_and_judging_do_not_import_numba():
    out = _run("""
        import sys
        import pipeline
        from pipeline.boilerplate import BoilerplateClassifier
        from pipeline.normalise import clean_text
        config = pipeline.load_config()
        text = clean_text("We use cookies to improve your experience.[3]", config)
        BoilerplateClassifier(config).judge(text)
        print("numba" in sys.modules)
    """)
    assert out == "False"


def test_first_dedup_compiles_every_kernel_in_place():
    out = _run("""
        import sys
        from pipeline import load_config
        from pipeline.dedup import DedupSettings, cluster, clusters, kernels, lsh
        keys = ["hip pain is common in runners and walkers alike, and rest helps most of them",
                "hip pain is common in runners and walkers alike, and rest helps most of them too"]
        groups = cluster(keys, DedupSettings.from_config(load_config()))
        print(len(groups), "numba" in sys.modules,
              isinstance(clusters._char_hashes, kernels.Kernel), clusters.prange is kernels.prange)
    """)
    assert out == "1 True False False"


def test_a_marked_function_behaves_as_the_python_one():
    def mean_gap(values):
        total = 0.0
        for i in range(1, values.shape[0]):
            total += values[i] - values[i - 1]
        return total / max(values.shape[0] - 1, 1)

    import numpy as np

    marked = kernels.kernel(cache=False)(mean_gap)
    values = np.array([1.0, 4.0, 9.0, 16.0])
    assert marked(values) == mean_gap(values) == 5.0
    assert marked.__name__ == "mean_gap"


def test_kernels_compile_without_a_writable_cache(tmp_path):
    """Without a writable place for numba's cache (a read-only install, no writable HOME) the
    kernels compile in memory and dedup runs."""
    import subprocess
    import sys
    import textwrap
    from pathlib import Path

    script = textwrap.dedent("""
        import numba.core.caching as caching
        caching.CacheImpl._locator_classes = []  # no locator: numba cannot cache anywhere
        import pipeline
        from pipeline.dedup import DedupSettings, cluster
        keys = [f"hip pain is common in runners and walkers alike and rest helps most {i % 3}" for i in range(9)]
        print(len(cluster(keys, DedupSettings.from_config(pipeline.load_config()))))
    """)
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "3"
