-- 020 trivia private players: members who asked to be left off every trivia leaderboard (this
-- server's and every server's) and to have their stats shown only to themselves
-- (`/trivia stats private:True`; False undoes it). Their games still count for them.
CREATE TABLE trivia_private_players (
    user_id INTEGER PRIMARY KEY,
    since REAL NOT NULL
);
