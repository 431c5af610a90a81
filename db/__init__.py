"""Storage: the only package that holds SQL."""

from db.connection import Database, MigrationError
from db.failures import StorageError
from db.opening import DatabaseOpenError

__all__ = ["Database", "DatabaseOpenError", "MigrationError", "StorageError"]
