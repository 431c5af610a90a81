"""Storage: the only package that holds SQL."""

from db.connection import Database, MigrationError

__all__ = ["Database", "MigrationError"]
