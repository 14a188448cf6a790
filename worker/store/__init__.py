"""Redis, in one place: the client factory and its error mapping, every key name, the Lua scripts."""
