-- 016 trivia results by time: the global leaderboard (`/trivia leaderboard scope:global`) ranks the
-- results of every server since a day (this month, this week); trivia_results_by_guild (003) starts
-- with the server, so that query read every result row. This index lets it read only the rows since.
CREATE INDEX trivia_results_by_time ON trivia_results (finished_at);
