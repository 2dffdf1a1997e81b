"""digest: raw captures of news pages in, a static digest of leaders' messages out."""
