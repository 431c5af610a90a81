"""`hyosan demo`: the bot and a local Discord in one process, with a console or a tour."""
