-- 023 season-2 channel names: the name each subscribed channel or thread was last seen under (when
-- it was set up, renamed, or seen at the bot's start), so a channel deleted while the bot was
-- offline is still named to its moderator (its mention then shows only "#deleted-channel").
-- Stored as plain text (cleaned, at most 100 characters, Discord's own limit); always shown
-- escaped, never as a mention. Existing subscriptions get a name when the bot next starts.
ALTER TABLE season2_subscriptions ADD COLUMN channel_name TEXT;
