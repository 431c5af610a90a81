"""hyosan: a Discord bot for fans of All of Us Are Dead."""

__version__ = "0.1.0"
