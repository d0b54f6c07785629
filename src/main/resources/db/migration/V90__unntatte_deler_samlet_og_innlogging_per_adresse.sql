-- Failed password logins per client address (an IPv6 address by its /64 network), beside those per user name
-- (innloggingsforsok, V1): enough failures from one address within the window lock password login from there for a
-- while, whatever the user name, and lock no account. In the database, so every instance counts the same.
CREATE TABLE innloggingsforsok_adresse (
    adresse           text        PRIMARY KEY,
    mislykket         integer     NOT NULL DEFAULT 0,
    -- When the window the failures are counted in opened (its first failure).
    forste_mislykket  timestamptz NOT NULL,
    sperret_til       timestamptz
);
CREATE INDEX innloggingsforsok_adresse_forste ON innloggingsforsok_adresse (forste_mislykket);
