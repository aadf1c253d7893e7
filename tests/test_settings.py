"""Settings layering: defaults < cpec.toml < CPEC_* environment < command-line flags, with origins."""

from __future__ import annotations

import json

import pytest

from config import ConfigError, load_settings


def test_layers_and_origins(tmp_path) -> None:
    file = tmp_path / "cpec.toml"
    file.write_text('[cpec]\nread_timeout = 12\nuser_agent = "file-agent"\nbatch_size = 4\n')
    env = {"CPEC_USER_AGENT": "env-agent", "CPEC_BATCH_SIZE": "8", "CPEC_CONFIG": str(file)}
    s = load_settings(flags={"batch_size": 32, "database_url": None}, environ=env)
    assert (s.read_timeout, s.user_agent, s.batch_size) == (12.0, "env-agent", 32)
    assert s.origins["read_timeout"] == f"file {file}"
    assert s.origins["user_agent"] == "env CPEC_USER_AGENT"
    assert s.origins["batch_size"] == "flag"
    assert s.origins["database_url"] == "default" and s.database_url == "sqlite:///cpec.db"


@pytest.mark.parametrize(
    ("env", "message"),
    [({"CPEC_READ_TIMEOUT": "soon"}, "not a valid float"), ({"CPEC_MAX_BYTES": "-1"}, "must be positive")],
)
def test_invalid_values_are_rejected(env, message) -> None:
    with pytest.raises(ConfigError, match=message):
        load_settings(environ=env)


def test_config_command_shows_origins(cli, monkeypatch) -> None:
    monkeypatch.setenv("CPEC_DATABASE_URL", "postgresql://user:secret@127.0.0.1/cpec")
    result = cli("config", "--format", "json", "--model", "my_model")
    rows = {r["setting"]: r for r in json.loads(result.out)}
    assert rows["database_url"]["from"] == "env CPEC_DATABASE_URL"
    assert "secret" not in rows["database_url"]["value"]
    assert rows["spacy_model"] == {"setting": "spacy_model", "value": "my_model", "from": "flag"}
