"""The application: API and pages over one read-only database, errors as clear messages, no internet."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import SQLAlchemyError

from pipeline import __version__
from pipeline.web import api, pages
from pipeline.web.params import BadParameter
from pipeline.web.templating import templates
from storage import Database, StorageError
from storage.paging import CursorError
from storage.queries import NotFound
from storage.search import SearchSyntaxError

DESCRIPTION = """Read-only access to what cpec-tracker stored: articles (full-text search), officials,
zones, organisations and events. Lists are cursor-paged (`limit` at most 200; follow `next`) and export
whole as CSV or JSON Lines with `format=csv|jsonl`. Bad parameters get 422 with a one-line `error`."""

# Everything the pages load comes from this server; stored text can never bring a script along.
CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'"
# FastAPI's docs page starts Swagger UI with an inline script and styles itself inline
DOCS_CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
    "script-src 'self' 'unsafe-inline'; frame-ancestors 'none'"
)


def _docs_assets() -> Path:
    # Swagger UI 5, shipped inside the fastapi-offline package: the docs page needs no CDN
    return Path(str(resources.files("fastapi_offline").joinpath("static")))


def create_app(db: Database) -> FastAPI:
    app = FastAPI(
        title="cpec-tracker",
        version=__version__,
        description=DESCRIPTION,
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.db = db
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(packages=[("pipeline.web", "static")]), name="static")
    app.mount("/api/docs-assets", StaticFiles(directory=_docs_assets()), name="docs-assets")

    @app.get("/api/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/api/openapi.json",
            title="cpec-tracker API",
            swagger_js_url="/api/docs-assets/swagger-ui-bundle.js",
            swagger_css_url="/api/docs-assets/swagger-ui.css",
            swagger_favicon_url="/static/favicon.svg",
        )

    @app.middleware("http")
    async def headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        docs_page = request.url.path == "/api/docs"
        response.headers["Content-Security-Policy"] = DOCS_CSP if docs_page else CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    _error_handlers(app)
    return app


def _error(request: Request, status: int, message: str) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": message}, status_code=status)
    return templates.TemplateResponse(
        request,
        "error.html",
        {"status": status, "message": message, "json_url": "/api" + request.url.path},
        status_code=status,
    )


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for e in exc.errors():
        where = ".".join(str(p) for p in e.get("loc", ()) if p not in ("query", "path"))
        parts.append(f"{where}: {e.get('msg', 'invalid')}" if where else str(e.get("msg", "invalid")))
    return "; ".join(parts)


def _error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        return _error(request, 422, _validation_message(exc))

    @app.exception_handler(BadParameter)
    @app.exception_handler(SearchSyntaxError)
    @app.exception_handler(CursorError)
    async def bad(request: Request, exc: Exception) -> Response:
        return _error(request, 422, str(exc))

    @app.exception_handler(NotFound)
    async def missing(request: Request, exc: NotFound) -> Response:
        return _error(request, 404, str(exc.args[0] if exc.args else "not found"))

    @app.exception_handler(StorageError)
    @app.exception_handler(SQLAlchemyError)
    async def unavailable(request: Request, exc: Exception) -> Response:
        return _error(request, 503, "the database is not answering; try again shortly")
