"""Executors: where the steps run. Each runs the same step list and the same corpus
steps; they differ in where texts live and where the corpus steps combine.

- :mod:`.memory`: everything in memory, records returned (the library's);
- :mod:`.streaming`: texts spilled to disk, columns in memory (the CLI's default);
- :mod:`.incremental`: against a SQLite state of earlier runs (the batch job);
- :mod:`.dask`: partitions and hash exchanges on a Dask cluster.

:mod:`.common` holds what they share.
"""
