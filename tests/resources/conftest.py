"""One mock server process shared by the resource tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import puffle
from puffle.mock import MockProcess
from tests.support.mock_server import client_for, running_mock


@pytest.fixture(scope="session")
def mock() -> Iterator[MockProcess]:
    with running_mock() as server:
        yield server


@pytest.fixture
def api(mock: MockProcess) -> Iterator[puffle.Puffle]:
    with client_for(mock) as client:
        yield client
