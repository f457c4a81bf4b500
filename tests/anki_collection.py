"""A fresh collection of the official `anki` package, for import tests."""

from __future__ import annotations

from pathlib import Path

from anki.collection import (
    Collection,
    ImportAnkiPackageOptions,
    ImportAnkiPackageRequest,
    ImportCsvRequest,
)


def fresh_collection(folder: Path) -> Collection:
    folder.mkdir(parents=True, exist_ok=True)
    return Collection(str(folder / "collection.anki2"))


def import_apkg(collection: Collection, apkg: Path, merge_notetypes: bool = False):  # type: ignore[no-untyped-def]
    request = ImportAnkiPackageRequest(
        package_path=str(apkg),
        options=ImportAnkiPackageOptions(merge_notetypes=merge_notetypes, with_scheduling=False),
    )
    return collection.import_anki_package(request).log


def import_csv(collection: Collection, csv_path: Path):  # type: ignore[no-untyped-def]
    metadata = collection.get_csv_metadata(path=str(csv_path), delimiter=None)
    return collection.import_csv(ImportCsvRequest(path=str(csv_path), metadata=metadata)).log


def notes_by_guid(collection: Collection) -> dict[str, object]:
    return {collection.get_note(nid).guid: collection.get_note(nid) for nid in collection.find_notes("")}


def logged_guids(collection: Collection, logged) -> set[str]:  # type: ignore[no-untyped-def]
    """The guids of the notes an import log lists (it names them by note id)."""
    return {collection.get_note(note.id.nid).guid for note in logged}
