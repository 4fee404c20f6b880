"""PostgreSQL's LISTEN/NOTIFY: a wake-up for open windows when another user commits a change."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from sqlalchemy import Engine

CHANNEL = "cchc_change"  # migration 0012's trigger notifies it with the changed sheet's id
_WAIT_SECONDS = 1.0  # how long each wait lasts before ``stop`` is looked at again

log = logging.getLogger(__name__)


def listen(engine: Engine, on_change: Callable[[int], None], stop: threading.Event) -> None:
    """Call ``on_change(sheet_id)`` for each notification until ``stop`` is set (see services.feed.listen)."""
    if engine.dialect.name != "postgresql":
        return
    try:
        # A connection of the engine's own pool (so the same server, user and password), taken out of the pool
        # for good: it waits in autocommit, outside any transaction, as LISTEN needs.
        raw = engine.raw_connection()
        connection = raw.driver_connection
        raw.detach()
        connection.autocommit = True
        connection.execute(f"LISTEN {CHANNEL}")
    except Exception as error:  # noqa: BLE001 - no wake-ups; the window's slow poll still runs
        log.warning("cannot listen for changes: %s", error)
        return
    try:
        while not stop.is_set():
            for notification in connection.notifies(timeout=_WAIT_SECONDS):
                if notification.payload.isdigit():
                    on_change(int(notification.payload))
                if stop.is_set():
                    break
    except Exception as error:  # noqa: BLE001 - the server went away: the slow poll carries on
        log.warning("stopped listening for changes: %s", error)
    finally:
        try:
            connection.close()
        except Exception:  # noqa: BLE001 - already gone
            pass
