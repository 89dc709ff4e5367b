"""pyNN.nest stand-in (see pyNN/__init__.py): records what a script builds; simulates nothing."""
import json
import os

import numpy as np

from pyNN.parameters import Sequence
from pyNN.random import RandomDistribution

LOG = {'setup': None, 'populations': [], 'projections': [], 'sources': [], 'recorded': [], 'run': None,
       'ended': False}
_state = {'dt': None, 'min_delay': None}


def setup(timestep=0.1, min_delay='auto', max_delay=None, **extra):
    _state['dt'] = timestep
    _state['min_delay'] = timestep if min_delay == 'auto' else min_delay
    LOG['setup'] = {'timestep': timestep, 'min_delay': min_delay, 'max_delay': max_delay}


def rank():
    return 0


def num_processes():
    return 1


def run(simtime, callbacks=None):
    LOG['run'] = simtime
    return simtime


def end():
    LOG['ended'] = True
    with open(os.environ['MOCK_PYNN_LOG'], 'w') as f:
        json.dump(LOG, f)


def _value(v):
    if isinstance(v, RandomDistribution):
        return v.describe()
    if isinstance(v, Sequence):
        return v.value
    if isinstance(v, (list, tuple)):
        return [_value(x) for x in v]
    return v


class _CellType:
    parameter_names = ()
    state_names = ('v',)
    receptor_types = ()

    def __init__(self, **parameters):
        unknown = set(parameters) - set(self.parameter_names)
        if unknown:
            raise TypeError('%s has no parameters %s' % (type(self).__name__, sorted(unknown)))
        self.parameters = {k: _value(v) for k, v in parameters.items()}


_IF = ('cm', 'tau_m', 'tau_refrac', 'v_rest', 'v_reset', 'v_thresh', 'i_offset')


class IF_curr_exp(_CellType):
    parameter_names = _IF + ('tau_syn_E', 'tau_syn_I')
    receptor_types = ('excitatory', 'inhibitory')


class IF_curr_delta(_CellType):
    parameter_names = _IF
    receptor_types = ('excitatory', 'inhibitory')


class IF_cond_exp(_CellType):
    parameter_names = _IF + ('tau_syn_E', 'tau_syn_I', 'e_rev_E', 'e_rev_I')
    receptor_types = ('excitatory', 'inhibitory')


class Izhikevich(_CellType):
    parameter_names = ('a', 'b', 'c', 'd', 'i_offset')
    state_names = ('v', 'u')
    receptor_types = ('excitatory', 'inhibitory')


class EIF_cond_exp_isfa_ista(_CellType):
    parameter_names = ('cm', 'tau_refrac', 'v_spike', 'v_reset', 'v_rest', 'tau_m', 'i_offset', 'a', 'b', 'delta_T',
                       'tau_w', 'v_thresh', 'e_rev_E', 'tau_syn_E', 'e_rev_I', 'tau_syn_I')
    state_names = ('v', 'w')
    receptor_types = ('excitatory', 'inhibitory')


class HH_cond_exp(_CellType):
    parameter_names = ('gbar_Na', 'gbar_K', 'g_leak', 'cm', 'v_offset', 'e_rev_Na', 'e_rev_K', 'e_rev_leak',
                       'e_rev_E', 'e_rev_I', 'tau_syn_E', 'tau_syn_I', 'i_offset')
    receptor_types = ('excitatory', 'inhibitory')


class SpikeSourcePoisson(_CellType):
    parameter_names = ('rate', 'start', 'duration')
    state_names = ()


class SpikeSourceArray(_CellType):
    parameter_names = ('spike_times',)
    state_names = ()


class _Train:
    def __init__(self):
        self.magnitude = np.zeros(0)

    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())


class _Segment:
    def __init__(self, n):
        self.spiketrains = [_Train() for _ in range(n)]


class _Block:
    def __init__(self, n):
        self.segments = [_Segment(n)]


class _View:
    def __init__(self, parent, indices):
        self.parent = parent
        self.indices = list(indices)
        for i in self.indices:
            if not 0 <= i < parent.size:
                raise IndexError('neuron %d of %s (size %d)' % (i, parent.label, parent.size))

    def record(self, variables, to_file=None, sampling_interval=None):
        self.parent._record(variables, self.indices, sampling_interval)


class Population:
    def __init__(self, size, cellclass, cellparams=None, structure=None, initial_values=None, label=None):
        if not isinstance(cellclass, _CellType):
            raise TypeError('the cell type must be an instance, e.g. IF_curr_exp(...)')
        self.size = int(size)
        self.celltype = cellclass
        self.label = label
        self.entry = {'label': label, 'size': self.size, 'celltype': type(cellclass).__name__,
                      'parameters': cellclass.parameters, 'initial': {}, 'injections': []}
        LOG['populations'].append(self.entry)

    def __getitem__(self, index):
        return _View(self, index if isinstance(index, (list, tuple)) else [index])

    def initialize(self, **initial_values):
        unknown = set(initial_values) - set(self.celltype.state_names)
        if unknown:
            raise TypeError('%s has no state variables %s' % (type(self.celltype).__name__, sorted(unknown)))
        self.entry['initial'].update({k: _value(v) for k, v in initial_values.items()})

    def record(self, variables, to_file=None, sampling_interval=None):
        self._record(variables, list(range(self.size)), sampling_interval)

    def _record(self, variables, indices, sampling_interval):
        names = [variables] if isinstance(variables, str) else list(variables)
        for v in names:
            if v != 'spikes' and v not in self.celltype.state_names:
                raise ValueError('%s cannot record %s' % (type(self.celltype).__name__, v))
        LOG['recorded'].append({'population': self.label, 'variables': names, 'neurons': len(indices),
                                'sampling_interval': sampling_interval})

    def get_data(self, variables='all', gather=True, clear=False, annotations=None):
        return _Block(self.size)


class DCSource:
    def __init__(self, amplitude=1.0, start=0.0, stop=None):
        self.parameters = {'amplitude': amplitude, 'start': start, 'stop': stop}

    def inject_into(self, cells):
        cells.entry['injections'].append(self.parameters)


class StaticSynapse:
    def __init__(self, weight=0.0, delay=None):
        self.weight = weight
        self.delay = delay


class _Connector:
    """The base of the stand-in connectors: each subclass draws its (source, target) pairs."""

    def pairs(self, ns, nt, rng):
        # a connector class of real PyNN that this stand-in lacks must fail the test by name
        raise TypeError(type(self).__name__ + ' is not supported by the PyNN stand-in')


def _rng(rng):
    return rng.rng if rng is not None else np.random.default_rng(0)


class AllToAllConnector(_Connector):
    def __init__(self, allow_self_connections=True, safe=True, callback=None):
        self.allow_self = allow_self_connections

    def pairs(self, ns, nt, same):
        return [(i, j) for i in range(ns) for j in range(nt) if self.allow_self or not same or i != j]


class OneToOneConnector(_Connector):
    def __init__(self, safe=True, callback=None):
        pass

    def pairs(self, ns, nt, same):
        if ns != nt:
            raise ValueError('OneToOneConnector needs equal sizes')
        return [(i, i) for i in range(ns)]


class FixedProbabilityConnector(_Connector):
    def __init__(self, p_connect, allow_self_connections=True, rng=None, safe=True, callback=None):
        self.p = p_connect
        self.allow_self = allow_self_connections
        self.rng = _rng(rng)

    def pairs(self, ns, nt, same):
        mask = self.rng.random((ns, nt)) < self.p
        if same and not self.allow_self:
            np.fill_diagonal(mask, False)
        i, j = np.nonzero(mask)
        return list(zip(i.tolist(), j.tolist()))


class FixedNumberPreConnector(_Connector):
    def __init__(self, n, allow_self_connections=True, with_replacement=False, rng=None, safe=True, callback=None):
        self.n = n
        self.allow_self = allow_self_connections
        self.replace = with_replacement
        self.rng = _rng(rng)

    def pairs(self, ns, nt, same):
        out = []
        for j in range(nt):
            pool = [i for i in range(ns) if self.allow_self or not same or i != j]
            for i in self.rng.choice(pool, self.n, replace=self.replace):
                out.append((int(i), j))
        return out


class FixedTotalNumberConnector(_Connector):
    def __init__(self, n, allow_self_connections=True, with_replacement=True, rng=None, safe=True, callback=None):
        self.n = n
        self.allow_self = allow_self_connections
        self.rng = _rng(rng)

    def pairs(self, ns, nt, same):
        out = []
        while len(out) < self.n:
            i, j = int(self.rng.integers(ns)), int(self.rng.integers(nt))
            if self.allow_self or not same or i != j:
                out.append((i, j))
        return out


class FromListConnector(_Connector):
    def __init__(self, conn_list, column_names=None, safe=True, callback=None):
        self.conn_list = [tuple(c) for c in conn_list]

    def pairs(self, ns, nt, same):
        for c in self.conn_list:
            if not (0 <= c[0] < ns and 0 <= c[1] < nt):
                raise IndexError('connection %s out of range' % (c,))
        return [(int(c[0]), int(c[1])) for c in self.conn_list]


class Projection:
    def __init__(self, presynaptic_population, postsynaptic_population, connector, synapse_type=None, source=None,
                 receptor_type=None, space=None, label=None):
        pre, post = presynaptic_population, postsynaptic_population
        if not isinstance(connector, _Connector):
            raise TypeError('connector must be a PyNN connector')
        if receptor_type not in post.celltype.receptor_types:
            raise ValueError('%s has no receptor type %r' % (type(post.celltype).__name__, receptor_type))
        syn = synapse_type or StaticSynapse()
        delay = syn.delay if syn.delay is not None else _state['min_delay']
        if not isinstance(delay, RandomDistribution) and delay < _state['min_delay'] - 1e-12:
            raise ValueError('delay %s below min_delay %s' % (delay, _state['min_delay']))
        weight = syn.weight
        if not isinstance(weight, RandomDistribution):
            # PyNN's rule: current-based inhibitory weights are negative, all others positive
            current = type(post.celltype).__name__.startswith('IF_curr') or isinstance(post.celltype, Izhikevich)
            if receptor_type == 'inhibitory' and current and weight > 0:
                raise ValueError('weights of current-based inhibitory synapses must be negative, got %s' % weight)
            if (receptor_type == 'excitatory' or not current) and weight < 0:
                raise ValueError('weights of %s synapses must be positive, got %s' % (receptor_type, weight))
        pairs = connector.pairs(pre.size, post.size, pre is post)
        LOG['projections'].append({'label': label, 'pre': pre.label, 'post': post.label,
                                   'connector': type(connector).__name__, 'connections': len(pairs),
                                   'weight': _value(syn.weight), 'delay': _value(delay),
                                   'receptor_type': receptor_type})
        self.label = label

    def size(self, gather=True):
        return 0
