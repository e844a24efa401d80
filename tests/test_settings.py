"""Settings: file < environment < options, and one clear error per bad value."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.settings import Settings, SettingsError, load_settings


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "inbox").mkdir()
    return tmp_path


def write_config(folder: Path, text: str) -> Path:
    path = folder / "whosaidwhat.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_file_values_folders_relative_to_the_file(folder: Path) -> None:
    config = write_config(folder, 'raw_dir = "inbox"\noutput_dir = "out"\nbatch_size = 50\n'
                                  'schedule = "*/10 * * * *"\nincremental = false\n')
    settings = load_settings(config, env={})
    assert settings.raw_dir == folder / "inbox" and settings.output_dir == folder / "out"
    assert (settings.batch_size, settings.schedule, settings.incremental) == (
        50, "*/10 * * * *", False)
    assert settings.max_reject_share == Settings().max_reject_share


def test_environment_beats_file_and_options_beat_both(folder: Path) -> None:
    config = write_config(folder, 'raw_dir = "inbox"\nbatch_size = 50\n')
    env = {"WHOSAIDWHAT_BATCH_SIZE": "70", "WHOSAIDWHAT_INCREMENTAL": "no"}
    assert load_settings(config, env=env).batch_size == 70
    assert load_settings(config, env=env).incremental is False
    assert load_settings(config, env=env, overrides={"batch_size": 9}).batch_size == 9
    assert load_settings(config, env=env, overrides={"batch_size": None}).batch_size == 70


def test_config_path_from_environment(folder: Path) -> None:
    config = write_config(folder, 'raw_dir = "inbox"\ndeployment = "hourly"\n')
    assert load_settings(env={"WHOSAIDWHAT_CONFIG": str(config)}).deployment == "hourly"


@pytest.mark.parametrize(("text", "env", "names"), [
    ('raw_dir = "inbox"\nbatch_size = 0\n', {}, ["batch_size", "at least 1", "key batch_size"]),
    ('raw_dir = "inbox"\n', {"WHOSAIDWHAT_BATCH_SIZE": "ten"},
     ["batch_size", "WHOSAIDWHAT_BATCH_SIZE", "expected a whole number"]),
    ('raw_dir = "inbox"\n', {"WHOSAIDWHAT_BATCH_SIZE": "1e3"}, ["expected a whole number"]),
    ('raw_dir = "inbox"\n', {"WHOSAIDWHAT_MAX_REJECT_SHARE": "half"}, ["expected a number"]),
    ('raw_dir = "inbox"\nfeed_retries = "3x"\n', {}, ["feed_retries", "expected a whole number"]),
    ('raw_dir = "inbox"\nmax_reject_share = 1.5\n', {}, ["max_reject_share", "between 0 and 1"]),
    ('raw_dir = "inbox"\nschedule = "61 * * * *"\n', {}, ["schedule", "cron"]),
    ('raw_dir = "inbox"\ntimezone = "Mars/Olympus"\n', {}, ["timezone", "IANA"]),
    ('raw_dir = "missing"\n', {}, ["raw_dir", "not an existing folder"]),
    ('raw_dir = "inbox"\noutput_dir = "inbox"\n', {}, ["output_dir", "raw folder"]),
    ('raw_dir = "inbox"\nbatchsize = 5\n', {}, ["unknown key", "batchsize"]),
    ('raw_dir = "inbox"\nincremental = "maybe"\n', {}, ["incremental", "expected one of"]),
    ('raw_dir = "inbox\n', {}, ["not valid TOML"]),
])
def test_bad_values_name_the_key_and_its_source(folder: Path, text: str, env: dict[str, str],
                                                names: list[str]) -> None:
    config = write_config(folder, text)
    with pytest.raises(SettingsError) as error:
        load_settings(config, env=env)
    for name in names:
        assert name in str(error.value)


def test_missing_config_file_is_an_error(folder: Path) -> None:
    with pytest.raises(SettingsError, match="does not exist"):
        load_settings(folder / "nope.toml", env={})


@pytest.mark.parametrize("delay", ["nan", "inf", "-inf"])
def test_retry_delay_must_be_a_finite_number(folder: Path, delay: str) -> None:
    # nan passed `< 0` and reached time.sleep, which refused it at the first retry
    config = write_config(folder, 'raw_dir = "inbox"\n')
    with pytest.raises(SettingsError, match="feed_retry_delay.*WHOSAIDWHAT_FEED_RETRY_DELAY"):
        load_settings(config, env={"WHOSAIDWHAT_FEED_RETRY_DELAY": delay})


def test_output_folder_inside_the_raw_folder_is_refused(folder: Path) -> None:
    # raw/ is read recursively: the next run would ingest the releases as raw articles
    config = write_config(folder, 'raw_dir = "inbox"\noutput_dir = "inbox/out"\n')
    with pytest.raises(SettingsError, match="output_dir.*inside the raw folder"):
        load_settings(config, env={})
    (folder / "inbox" / "out").mkdir()
    (folder / "inbox" / "sub").symlink_to(folder / "inbox" / "out")
    with pytest.raises(SettingsError, match="output_dir.*inside the raw folder"):
        load_settings(config, env={}, overrides={"output_dir": folder / "inbox" / "sub"})
    assert load_settings(config, env={}, overrides={"output_dir": folder / "elsewhere"})


def test_an_option_is_named_as_typed(folder: Path) -> None:
    config = write_config(folder, 'raw_dir = "inbox"\n')
    with pytest.raises(SettingsError, match="from option --feed-url:"):
        load_settings(config, env={}, overrides={"feed_urls": ["ftp://example.org/x"]})


def test_cli_refuses_dask_without_prefect_as_a_settings_error(
        folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from flows.cli import EXIT_SETTINGS, main

    code = main(["run", "--no-prefect", "--runner", "dask", "--raw-dir", str(folder / "inbox"),
                 "--output-dir", str(folder / "out")])
    assert code == EXIT_SETTINGS  # was a traceback and exit 1
    assert "error: bad settings: --runner dask" in capsys.readouterr().err
    assert not (folder / "out").exists()


def test_unknown_environment_variable_is_an_error(folder: Path) -> None:
    # as an unknown key of the file is: a misspelt variable was silently ignored
    config = write_config(folder, 'raw_dir = "inbox"\n')
    with pytest.raises(SettingsError, match="WHOSAIDWHAT_BATCHSIZE.*WHOSAIDWHAT_BATCH_SIZE"):
        load_settings(config, env={"WHOSAIDWHAT_BATCHSIZE": "10"})
    assert load_settings(env={"WHOSAIDWHAT_CONFIG": str(config), "WHOSAIDWHAT_BATCH_SIZE": "10",
                              "OTHER_BATCHSIZE": "1"}).batch_size == 10


def test_feed_urls_variable_keeps_commas_inside_a_url(folder: Path) -> None:
    # a comma in a query string is part of the URL; a comma before the next URL separates
    config = write_config(folder, 'raw_dir = "inbox"\n')
    env = {"WHOSAIDWHAT_FEED_URLS": "https://a.example/feed?f=id,text https://b.example/x.jsonl,"
                                    "https://c.example/y.jsonl"}
    assert load_settings(config, env=env).feed_urls == (
        "https://a.example/feed?f=id,text", "https://b.example/x.jsonl",
        "https://c.example/y.jsonl")


def test_an_output_dir_that_is_a_file_is_a_settings_error(folder: Path) -> None:
    # it failed later, as "run failed, nothing published: [Errno 17] File exists", exit 1
    (folder / "out").write_text("not a folder", encoding="utf-8")
    config = write_config(folder, 'raw_dir = "inbox"\noutput_dir = "out"\n')
    with pytest.raises(SettingsError, match="output_dir .* is a file, not a folder"):
        load_settings(config, env={})
