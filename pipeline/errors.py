"""Typed errors of the pipeline; the CLI turns each into one line on stderr and a non-zero exit."""


class CpecError(Exception):
    """Base of every error the pipeline expects and reports without a traceback."""


class TargetError(CpecError):
    """An ingest target is missing, unreadable or of an unsupported kind."""


class FetchError(CpecError):
    """A page could not be fetched (network, HTTP status, size, content type)."""

    def __init__(
        self,
        message: str,
        *,
        url: str,
        status: int | None = None,
        retryable: bool = False,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.url = url
        self.status = status
        self.retryable = retryable
        self.retry_after = retry_after  # seconds the server asked us to wait (Retry-After)


class Disallowed(FetchError):
    """robots.txt forbids the URL to our user agent."""


class Refused(FetchError):
    """The address is not public (private, loopback, link-local...) and the settings do not allow it."""


class ExtractionError(CpecError):
    """No article text could be extracted from a page."""


class NotAnArticle(ExtractionError):
    """The page has too little text to be an article (a stub, an error page, a cookie wall)."""


class ModelError(CpecError):
    """No configured spaCy model could be loaded."""
