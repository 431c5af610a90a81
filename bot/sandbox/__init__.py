"""hyosan's own local Discord: REST and gateway on 127.0.0.1, plus a Python control API.

Point an unmodified discord.py at it with two class attributes (see ``Sandbox.api_base`` and
``Sandbox.gateway_url``)::

    discord.http.Route.BASE = sandbox.api_base
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(sandbox.gateway_url)
"""

from .control import Sandbox
from .limits import ApiError
from .models import (
    Attachment,
    Channel,
    Guild,
    Member,
    Message,
    RateLimits,
    RecordedRequest,
    Role,
    SandboxError,
)

__all__ = [
    "ApiError",
    "Attachment",
    "Channel",
    "Guild",
    "Member",
    "Message",
    "RateLimits",
    "RecordedRequest",
    "Role",
    "Sandbox",
    "SandboxError",
]
