"""WSGI entry point for gunicorn: ``gunicorn -c gunicorn.conf.py service.wsgi:app``."""
import logging
import os

from service.api import create_app

logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO").upper())
app = create_app()
