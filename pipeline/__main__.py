from pipeline.collector import settle_imports, tune_collector

tune_collector()  # before the imports: they make a third of a seed build's objects

from pipeline.cli import main  # noqa: E402

settle_imports()
raise SystemExit(main())
