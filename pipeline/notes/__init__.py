"""Markdown notes -> the model: source lines, blocks, inline spans, media."""
