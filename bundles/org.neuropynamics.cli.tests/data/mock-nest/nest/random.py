"""nest.random stand-in: parameters that describe themselves (see nest/__init__.py)."""


class _Parameter:
    def __init__(self, kind, **values):
        self.kind = kind
        self.values = values

    def describe(self):
        return dict(self.values, distribution=self.kind)

    def __neg__(self):
        return _Parameter('negative', of=self.describe())


def uniform(min=0.0, max=1.0):  # noqa: A002 (NEST's keyword names)
    if not min < max:
        raise TypeError('uniform: min %r must be below max %r' % (min, max))
    return _Parameter('uniform', min=min, max=max)


def normal(mean=0.0, std=1.0):
    if not std >= 0:
        raise TypeError('normal: std %r' % std)
    return _Parameter('normal', mean=mean, std=std)
