"""Cards -> cards: duplicates merged, exam domains and tags, the domain report."""
