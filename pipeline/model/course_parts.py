"""A course's numbered part ("Chapter 3", "Module 4", "Lesson 2"): read where a plain line
opens a topic (notes) and where a heading titles a heap of lines (cards)."""

import re

COURSE_PART = r"(?:(?:chapter|module|part|lesson|unit)\s+|ch\.?\s*)\d{1,3}"  # "Ch 8", "Ch. 8": a chapter too
# "Chapter 3: Scheduling", "Module 4 - VLANs", "Ch 7 — IPv6": a course's part and its number, then its title's words
COURSE_PART_NUMBER = re.compile(rf"^\s*{COURSE_PART}\s*(?:[:.–—-]\s*|\s+)(?=[A-Za-z])", re.IGNORECASE)
