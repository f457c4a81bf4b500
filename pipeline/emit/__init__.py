"""Writers of the card model, one module per format: `emit(pack, out_dir) -> list[Path]`.
The formats are named in `pipeline/commands/formats.py`."""
