"""Every command and option a user can give is in the README, so the README is a full reference."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from sourcediff.cli import cli

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(cli.commands.items())  # type: ignore[attr-defined]


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[name for name, _ in COMMANDS])
def test_each_command_and_its_options_are_in_the_readme(name: str, command: click.Command) -> None:
    assert f"sourcediff {name}" in README
    for parameter in command.params:
        if isinstance(parameter, click.Option):
            longest = max(parameter.opts, key=len)
            assert longest in README, f"{name} {longest} is not in the README"


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[name for name, _ in COMMANDS])
def test_each_command_has_help(name: str, command: click.Command) -> None:
    text = command.get_help(click.Context(command, info_name=name))
    assert command.help and command.help.strip()
    for parameter in command.params:
        if isinstance(parameter, click.Option):
            assert parameter.help, f"{name} {parameter.opts} has no help"
            assert max(parameter.opts, key=len) in text


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[name for name, _ in COMMANDS])
def test_each_command_shows_examples_that_run_it(name: str, command: click.Command) -> None:
    text = command.get_help(click.Context(command, info_name=name))
    examples = text.partition("Examples:")[2]
    assert f"sourcediff {name} " in examples, f"{name} --help has no example"
