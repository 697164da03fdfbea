-- Every listing of one token, newest first: the listing detail shows the token's market history.
CREATE INDEX market_listings_by_token ON market_listings(collection, token_id, id);
