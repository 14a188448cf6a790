"""The Lua scripts wireroom runs in Redis, shipped as package data in ``worker/store/lua/*.lua``."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Literal

import redis
from redis.commands.core import Script

ScriptName = Literal["host_slot", "job_transition", "jobs_queued", "publish_once", "token_bucket"]


@cache
def source(name: ScriptName) -> str:
    """The text of ``lua/<name>.lua``."""
    return files(__package__).joinpath("lua", f"{name}.lua").read_text(encoding="utf-8")


def register(client: redis.Redis, name: ScriptName) -> Script:
    """Script ``name`` bound to ``client`` (sent by EVALSHA, loaded on first use)."""
    return client.register_script(source(name))


__all__ = ["ScriptName", "register", "source"]
