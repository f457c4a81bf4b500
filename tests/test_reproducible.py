"""Every output, the release bundle included, is byte-identical when built in
two different folders with a different time zone and PYTHONHASHSEED."""

from __future__ import annotations

from pipeline.reproduce import SIDES, compare

from .conftest import SEED_PACK

SLUG = "aws-cloud-practitioner"


def test_two_releases_in_different_folders_hash_seeds_and_time_zones_are_identical(tmp_path):  # type: ignore[no-untyped-def]
    assert len({side["PYTHONHASHSEED"] for side in SIDES}) == len({side["TZ"] for side in SIDES}) == 2
    result = compare([SEED_PACK], tmp_path)
    outputs = set(result.files)
    for name in (f"{SLUG}.apkg", f"{SLUG}.csv", f"{SLUG}.pdf", f"{SLUG}.cards.json", "manifest.json"):
        assert f"{SLUG}/{name}" in outputs
    assert any(name.startswith(f"dist/{SLUG}-") and name.endswith(".zip") for name in outputs)
    assert result.different == [], result.files
    assert all(a != "missing" for a, _ in result.files.values())
