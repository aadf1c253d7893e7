"""Settings and shipped domain data (gazetteers, default sources)."""

from config.settings import ConfigError, Settings, load_settings

__all__ = ["ConfigError", "Settings", "load_settings"]
