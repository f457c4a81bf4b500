"""A course's numbered part ("Chapter 3", "Module 4", "Lesson 2"): read where a plain line
opens a topic (notes) and where a heading titles a heap of lines (cards)."""

COURSE_PART = r"(?:(?:chapter|module|part|lesson|unit)\s+|ch\.?\s*)\d{1,3}"  # "Ch 8", "Ch. 8": a chapter too
