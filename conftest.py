"""Names the docstring examples of src/vanban use (run by ``pytest --doctest-modules``)."""

import pytest


@pytest.fixture(autouse=True)
def _vanban_names(doctest_namespace):
    import vanban
    from vanban.source import clean
    from vanban.structure import parse_structure

    doctest_namespace.update({name: getattr(vanban, name) for name in vanban.__all__})
    doctest_namespace.update(vanban=vanban, clean=clean, parse_structure=parse_structure)
