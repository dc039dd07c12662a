"""``attributor serve``: run the API under uvicorn, after checking the model artifact."""
from __future__ import annotations

import copy
import os
import sys
from pathlib import Path


def log_config(level: str = "info") -> dict:
    """uvicorn's logging config plus attributor's JSON lines (access log and server events) on stderr."""
    from uvicorn.config import LOGGING_CONFIG

    cfg = copy.deepcopy(LOGGING_CONFIG)
    cfg["formatters"]["attributor"] = {"format": "%(message)s"}
    cfg["handlers"]["attributor"] = {"class": "logging.StreamHandler", "formatter": "attributor",
                                     "stream": "ext://sys.stderr"}
    for name in ("attributor.access", "attributor.api"):
        cfg["loggers"][name] = {"handlers": ["attributor"], "level": level.upper(), "propagate": False}
    return cfg


def serve(host: str = "127.0.0.1", port: int = 8000, workers: int = 1, model: str | None = None,
          log_level: str = "info") -> int:
    """Verify and read the compiled model (hash and versions; nothing unpickled), then start uvicorn."""
    import uvicorn

    from attributor.api.settings import Settings
    from attributor.model import persist
    from attributor.model.linear import load_linear

    path = Path(model) if model else persist.default_model_path()
    try:
        load_linear(path)
        Settings.from_env()  # a bad ATTRIBUTOR_* value stops here, with its name
    except (persist.ArtifactError, ValueError) as err:
        print(f"attributor: cannot start the API: {err}", file=sys.stderr)
        return 2
    # Workers are separate processes that build the app from the environment.
    os.environ["ATTRIBUTOR_MODEL"] = str(path.resolve())
    uvicorn.run("attributor.api.app:app_from_env", factory=True, host=host, port=port, workers=workers,
                access_log=False, log_config=log_config(log_level), log_level=log_level, backlog=2048,
                timeout_keep_alive=30, timeout_graceful_shutdown=10)
    return 0
