"""Web dashboard and HTTP API over one dyadwatch database (`dyadwatch serve`)."""

from dyadwatch.web.app import create_app

__all__ = ["create_app"]
