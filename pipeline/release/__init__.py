"""Release records: history, changelog and the versioned bundle."""
