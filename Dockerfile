# syntax=docker/dockerfile:1
# newsfacts: multi-stage build, slim runtime, non-root, gunicorn.
# SPACY_PIPELINES installs official spaCy pipelines by name at build time, for
# deployments with internet access (e.g. "de_core_news_lg"); select one at run time
# with NEWSFACTS_PIPELINE_DE / NEWSFACTS_PIPELINE_EN.
ARG PYTHON_IMAGE=python:3.11-slim-bookworm

FROM ${PYTHON_IMAGE} AS build
ARG SPACY_PIPELINES=""
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
COPY pyproject.toml README.md ./
COPY schemas ./schemas
COPY service ./service
COPY pipelines ./pipelines
RUN pip install . ./pipelines/de_newsfacts_sm-0.2.0 ./pipelines/en_newsfacts_sm-0.1.0 \
 && for pipeline in ${SPACY_PIPELINES}; do python -m spacy download "${pipeline}"; done

FROM ${PYTHON_IMAGE} AS runtime
ENV PATH=/opt/venv/bin:$PATH PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1 \
    HOST=0.0.0.0 PORT=8000 WORKERS=2 MALLOC_ARENA_MAX=2
RUN groupadd --system --gid 10001 newsfacts && useradd --system --uid 10001 --gid newsfacts --home-dir /app newsfacts
WORKDIR /app
COPY --from=build /opt/venv /opt/venv
COPY gunicorn.conf.py ./
USER 10001:10001
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["python", "-c", "import urllib.request,os; urllib.request.urlopen(f'http://127.0.0.1:{os.environ.get(\"PORT\",\"8000\")}/healthz', timeout=4)"]
CMD ["gunicorn", "-c", "gunicorn.conf.py", "service.wsgi:app"]
