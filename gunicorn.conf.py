"""gunicorn settings for newsfacts. Every value can be overridden from the environment."""
import gc
import os
import tempfile

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WORKERS", "2"))
# one worker per core: a BLAS thread pool in every worker would make them compete for the
# cores (set before the app, and so numpy, is loaded)
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
# gthread: a slow client holds one thread, not a whole worker; extraction itself runs one
# article at a time per worker (see Extractor), so threads add I/O concurrency, not CPU
worker_class = "gthread"
threads = int(os.environ.get("THREADS", "8"))
# Load the pipelines once in the master; forked workers share the memory copy-on-write.
preload_app = True
timeout = int(os.environ.get("TIMEOUT", "60"))
graceful_timeout = 30
# no keep-alive by default: each request is a new connection that the least busy worker
# accepts, which spreads CPU-bound extraction evenly over the workers (measured: more
# stable throughput at concurrency 16 than with keep-alive connections pinned to one worker)
keepalive = int(os.environ.get("KEEPALIVE", "0"))
# Bounded request line and headers; bodies are bounded by NEWSFACTS_MAX_BODY_BYTES.
limit_request_line = 8190
limit_request_fields = 100
control_socket_disable = True
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
accesslog = "-"
errorlog = "-"
access_log_format = (
    '{"time":"%(t)s","request_id":"%({x-request-id}o)s","remote":"%(h)s","method":"%(m)s",'
    '"path":"%(U)s","query":"%(q)s","status":%(s)s,"bytes":%(B)s,"duration_ms":%(M)s,"agent":"%(a)s"}'
)

# Prometheus metrics of all workers are aggregated through one directory.
if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="newsfacts-metrics-")


def pre_fork(server, worker):
    # What the master loaded (pipelines, knowledge base, vocabulary) lives as long as the workers:
    # frozen, the collector's full passes skip it and do not write to the pages the workers share
    # (benchmarks/pipeline_speed.py: unfrozen, a full pass of 77 ms every few hundred articles).
    gc.freeze()


def child_exit(server, worker):
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)
