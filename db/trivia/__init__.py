"""Trivia storage, one module per aggregate: settings, games (with their questions and scores),
answers (with typed guesses and hints), stats (results and leaderboards), lists, reports, daily.

Every function takes an open connection: writes run inside `db.transaction()`, reads inside
`db.read()`. Rows are mapped onto the domain's types (bot/trivia/model.py); times are stored in the
database's one encoding (db/times.py) and come back as aware datetimes.
"""
