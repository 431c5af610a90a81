"""Season 2: status with provenance, sources, announcements."""
