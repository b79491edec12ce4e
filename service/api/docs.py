"""Swagger UI served from the installed swagger-ui-bundle package (no CDN)."""
from __future__ import annotations

from flask import Response, send_from_directory
from swagger_ui_bundle import swagger_ui_path

_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>newsfacts API</title>
<link rel="stylesheet" href="/docs/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/docs/swagger-ui-bundle.js"></script>
<script>window.ui = SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui"});</script>
</body></html>
"""


def docs_page() -> Response:
    return Response(_PAGE, mimetype="text/html")


def docs_asset(filename: str):
    return send_from_directory(swagger_ui_path, filename)
