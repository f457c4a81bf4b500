"""Settings: pack.toml -> frozen values, validated once, and the note types
they imply. Imports the model and utilities only, never a stage."""

from pipeline.config.pack import PACK_FILE, CheatSheetOptions, PackConfig, Thresholds, load_config, slugify

__all__ = ["PACK_FILE", "CheatSheetOptions", "PackConfig", "Thresholds", "load_config", "slugify"]
