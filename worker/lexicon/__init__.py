"""What the parser and the entity tagger both know: the outlet and wire-agency table, registrable domains, text keys
and month names. Plain data and functions; imports nothing of the service, the parser or the tagger."""
