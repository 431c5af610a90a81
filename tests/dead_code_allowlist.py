"""Names the dead-code check (vulture, `make deadcode`) must not report, each with why it stays.

Read by vulture as a list of uses; never imported. Framework hooks (discord.py's cog and view
hooks, slash-command callbacks) are ignored by name and decorator in the Makefile instead.
"""

# bot.sandbox is the public test API (bot/sandbox/README.md): its control calls and Discord's
# documented codes and permission bits stay for people writing tests, even where hyosan's own
# tests do not use them yet.
_.give_role
_.remove_headline
_.bot_can_send
_.set_episode_order
BOOLEAN
THUMBNAIL
CANNOT_DM_USER
WRONG_CHANNEL_TYPE
NO_MUTUAL_GUILDS
CREATE_INSTANT_INVITE
KICK_MEMBERS
BAN_MEMBERS
MANAGE_CHANNELS
MANAGE_GUILD
MANAGE_ROLES

# Content pack fields the schema accepts and the pack fills (bot/lore/content/schema.py); the
# cards do not show them yet.
_.approximate_date
_.see_also

# Trivia records mirror their rows whole (db/trivia/*), so a restart or an export can read them.
_.end_reason
_.reveal_message_id
_.answered_at

# An episode as the sources list it (bot/show.py EpisodeInfo: season, number, title, airstamp,
# runtime): the TVmaze episode list fills the runtime (issue 12, new episodes learned live).
_.runtime

# discord.py reads these class flags when a client starts (bot/app.py clears them: hyosan never
# joins voice, so the PyNaCl/davey warnings are noise).
_.warn_nacl
_.warn_dave

# bot/lazy_re.py: LazyPattern's type-only declarations mirror re.Pattern's signatures (its methods
# are the compiled pattern's own at run time), parameters included.
endpos
repl
maxsplit
