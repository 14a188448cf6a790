"""The HTTP intake API: ``create_api(settings)`` builds the FastAPI app (jobs in, job status out, health, metrics)."""

# No ``from __future__ import annotations``: FastAPI reads the route signatures, which use local types.

import logging
import math
import time
from collections.abc import Callable, Sequence
from typing import Annotated, Any, Protocol
from urllib.parse import quote

import redis
from fastapi import Depends, FastAPI, HTTPException, Path, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from pydantic import Discriminator, Field, Tag
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from schemas.jobs import FetchJob
from worker import __version__
from worker.api.auth import AuthFirstMiddleware, authorize, check_auth_config
from worker.api.limits import BodyLimitMiddleware, RateLimiter
from worker.api.models import AcceptedJob, Health, JobsAccepted, JobStatusOut, Problem, Readiness
from worker.broker.jobstatus import JobStatusStore
from worker.errors import InvalidURL, JobIdConflict, StoreUnavailable, WireroomError
from worker.ops.heartbeat import live_workers
from worker.ops.metrics import ApiMetrics, RedisCollector
from worker.settings import Settings
from worker.store.client import redis_client

log = logging.getLogger("wireroom.api")


class Enqueue(Protocol):
    """Puts jobs on the queue and returns their ids, in order; raises ``WireroomError`` or ``redis.RedisError``."""

    def __call__(self, jobs: Sequence[FetchJob]) -> list[str]: ...


def _shape(value: Any) -> str:
    return "many" if isinstance(value, list) else "one"


def submission_type(max_bulk: int) -> Any:
    """The request body of POST /v1/jobs: one ``FetchJob``, or a list of 1..``max_bulk`` of them."""
    many = Annotated[list[FetchJob], Field(min_length=1, max_length=max_bulk)]
    return Annotated[Annotated[FetchJob, Tag("one")] | Annotated[many, Tag("many")], Discriminator(_shape)]


def _problem(*codes: int) -> dict[int | str, dict[str, Any]]:
    return {code: {"model": Problem} for code in codes}


class AccessLogMiddleware:
    """Logs one structured line per request and counts it by route template and status."""

    def __init__(self, app: ASGIApp, metrics: ApiMetrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_wrapper(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            route = getattr(scope.get("route"), "path", None)
            self.metrics.requests.labels(route or "unmatched", str(status)).inc()
            client = scope.get("client")
            log.info(
                "%s %s %d",
                scope["method"],
                route or "unmatched",
                status,
                extra={
                    "method": scope["method"],
                    "path": route or str(scope.get("path", ""))[:200],  # refused before routing: the raw path
                    "status": status,
                    "client": client[0] if client else None,
                    "duration_s": round(time.perf_counter() - started, 6),
                },
            )


def create_api(
    settings: Settings,
    *,
    client: redis.Redis | None = None,
    enqueue: Enqueue | None = None,
) -> FastAPI:
    """Build the API app. Raises ``ApiConfigError`` when auth is not configured (see ``check_auth_config``)."""
    check_auth_config(settings)
    client = client or redis_client(settings, "status")
    registry = CollectorRegistry()
    metrics = ApiMetrics(registry)
    registry.register(RedisCollector(client, settings))
    app = FastAPI(
        title="wireroom intake API",
        version=__version__,
        description="Submit article URLs for ingestion and follow each job to its published event.",
    )
    app.add_exception_handler(RequestValidationError, _validation_problem)
    guard = _guard(settings, client, metrics)
    _add_job_routes(
        app, settings, guard=guard, put=enqueue or default_enqueue(settings, client), client=client, metrics=metrics
    )
    _add_probe_routes(app, settings, client, registry)
    failures = RateLimiter(
        client,
        key_prefix=settings.key_prefix,
        rate=settings.api_auth_failure_rate,
        burst=settings.api_auth_failure_burst,
    )
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.api_max_body_bytes)
    app.add_middleware(AuthFirstMiddleware, settings=settings, failures=failures)  # runs before the body is read
    app.add_middleware(AccessLogMiddleware, metrics=metrics)
    return app


async def _validation_problem(request: Request, exc: Exception) -> JSONResponse:
    """422 with each error's location, message and type, but not the input: it may hold a URL's password."""
    errors = exc.errors() if isinstance(exc, RequestValidationError) else []
    detail = [
        {"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))} for e in errors
    ]
    return JSONResponse(status_code=422, content={"detail": detail})


def _guard(settings: Settings, client: redis.Redis, metrics: ApiMetrics) -> Callable[..., None]:
    """The dependency every /v1 route runs first: bearer token, then the client's token bucket."""
    limiter = RateLimiter(
        client, key_prefix=settings.key_prefix, rate=settings.api_rate_limit, burst=settings.api_rate_burst
    )
    bearer = HTTPBearer(auto_error=False, description="The value of WIREROOM_API_TOKEN.")

    def guard(request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> None:
        authorize(settings, credentials)
        decision = limiter.check(request.client.host if request.client else "unknown")
        if not decision.allowed:
            metrics.rate_limited.inc()
            retry = str(max(1, math.ceil(decision.retry_after)))
            raise HTTPException(429, "rate limit exceeded", headers={"Retry-After": retry})

    return guard


def _add_job_routes(
    app: FastAPI,
    settings: Settings,
    *,
    guard: Callable[..., None],
    put: Enqueue,
    client: redis.Redis,
    metrics: ApiMetrics,
) -> None:
    store = JobStatusStore.from_settings(client, settings)
    submission = submission_type(settings.api_max_bulk)

    @app.post(
        "/v1/jobs",
        status_code=202,
        response_model=JobsAccepted,
        dependencies=[Depends(guard)],
        responses=_problem(400, 401, 409, 413, 429, 503),
        summary="Enqueue one job or a list of jobs",
    )
    def submit_jobs(body: submission, response: Response) -> JobsAccepted:  # type: ignore[valid-type]
        jobs: list[FetchJob] = body if isinstance(body, list) else [body]
        try:
            ids = put(jobs)
        except InvalidURL as exc:
            error = {"type": "invalid_url", "loc": ["body", "url"], "msg": exc.message}
            raise HTTPException(422, [error]) from exc
        except JobIdConflict as exc:
            raise HTTPException(409, exc.message) from exc
        except (WireroomError, redis.RedisError) as exc:
            log.error("enqueue failed: %s", exc, extra={"error_type": type(exc).__name__})
            raise HTTPException(503, "queue unavailable", headers={"Retry-After": "5"}) from exc
        metrics.jobs_accepted.inc(len(ids))
        accepted = [
            AcceptedJob(job_id=job_id, url=job.url, status_url=f"/v1/jobs/{quote(job_id, safe='')}")
            for job_id, job in zip(ids, jobs, strict=True)
        ]
        if len(accepted) == 1:
            response.headers["Location"] = accepted[0].status_url
        return JobsAccepted(jobs=accepted)

    @app.get(
        "/v1/jobs/{job_id:path}",  # a job id may hold "/" (sent percent-encoded, decoded by the server)
        response_model=JobStatusOut,
        dependencies=[Depends(guard)],
        responses=_problem(401, 404, 429, 503),
        summary="The state of one job",
    )
    def job_status(job_id: Annotated[str, Path(min_length=1, max_length=200)]) -> JobStatusOut:
        try:
            found = store.get(job_id)
        except StoreUnavailable as exc:
            raise HTTPException(503, "job status unavailable", headers={"Retry-After": "5"}) from exc
        if found is None:
            raise HTTPException(404, "unknown job id (or its record expired)")
        return JobStatusOut(
            job_id=found.job_id,
            state=found.state,
            attempt=found.attempt,
            url=found.url,
            event_id=found.event_id,
            error_type=found.error_type,
            enqueued_at=found.enqueued_at,
            updated_at=found.updated_at,
        )


def _add_probe_routes(app: FastAPI, settings: Settings, client: redis.Redis, registry: CollectorRegistry) -> None:
    @app.get("/healthz", response_model=Health, summary="Liveness (no I/O)")
    def healthz() -> Health:
        return Health()

    @app.get("/readyz", response_model=Readiness, responses={503: {"model": Readiness}}, summary="Readiness")
    def readyz(response: Response) -> Readiness:
        try:
            client.ping()
            workers = len(live_workers(client, settings.key_prefix, settings.heartbeat_max_age))
            redis_ok = True
        except (redis.RedisError, StoreUnavailable):
            redis_ok, workers = False, 0
        ready = redis_ok and workers > 0
        if not ready:
            response.status_code = 503
        return Readiness(ready=ready, redis=redis_ok, workers=workers)

    @app.get("/metrics", include_in_schema=False)
    def metrics_endpoint() -> Response:
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)


def default_enqueue(settings: Settings, client: redis.Redis) -> Enqueue:
    """The production enqueuer: ``worker.broker.enqueue.enqueue_many`` on a Celery app built from ``settings``."""
    from worker.broker.enqueue import enqueue_many  # noqa: PLC0415 (import cost only where jobs are sent)

    def put(jobs: Sequence[FetchJob]) -> list[str]:
        return list(enqueue_many(jobs, settings=settings, client=client))

    return put


__all__ = ["Enqueue", "create_api", "default_enqueue", "submission_type"]
