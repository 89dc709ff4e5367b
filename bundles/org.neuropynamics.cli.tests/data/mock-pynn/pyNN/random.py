"""pyNN.random stand-in: NumpyRNG and RandomDistribution with PyNN 0.12's distribution names and parameters."""
import numpy as np

_PARAMETERS = {'uniform': ('low', 'high'), 'normal': ('mu', 'sigma'),
               'normal_clipped_to_boundary': ('mu', 'sigma', 'low', 'high')}


class NumpyRNG:
    def __init__(self, seed=None, parallel_safe=True):
        self.seed = seed
        self.parallel_safe = parallel_safe
        self.rng = np.random.default_rng(seed)


class RandomDistribution:
    def __init__(self, distribution, parameters_pos=None, rng=None, **parameters_named):
        if distribution not in _PARAMETERS:
            raise ValueError('unknown distribution ' + distribution)
        if parameters_pos is not None:
            parameters_named.update(zip(_PARAMETERS[distribution], parameters_pos))
        if set(parameters_named) != set(_PARAMETERS[distribution]):
            raise TypeError('%s takes %s, got %s' % (distribution, _PARAMETERS[distribution], sorted(parameters_named)))
        self.name = distribution
        self.parameters = parameters_named
        self.rng = rng

    def describe(self):
        return dict(self.parameters, distribution=self.name)
