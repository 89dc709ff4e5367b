"""nest.math stand-in (see nest/__init__.py)."""
from nest.random import _Parameter


def max(x, value):  # noqa: A001 (NEST's name)
    if not isinstance(x, _Parameter):
        raise TypeError('nest.math.max takes a nest.random parameter')
    return _Parameter('max', of=x.describe(), floor=value)
