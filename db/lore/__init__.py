"""Lore storage: viewing progress and channel spoiler marks (progress.py), and the in-memory
full-text index of the content pack's fact and claim texts (search_index.py)."""
