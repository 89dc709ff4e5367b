"""A stand-in for PyNEST (NEST 3), written for PyNestMockRunTest (NEST cannot be installed on the build machines).

It is not NEST: it simulates nothing. It has the names and keyword signatures of the NEST 3 API that exported
scripts use (ResetKernel, SetKernelStatus, Create with model parameters, node collections with their attributes,
Connect with conn_spec rules and syn_spec synapse models, SetStatus, Simulate, nest.random, nest.math, spike
recorders and multimeters), rejects unknown models, parameters, kernel keys, rules and rule or synapse arguments
as NEST does (the stand-in raises TypeError; NEST raises its own errors), draws every rule's connections with
numpy, and writes what the script built to the JSON file named by the environment variable MOCK_NEST_LOG when
the script calls Simulate.
"""
import json
import os

import numpy as np

from nest import math, random  # noqa: F401  (nest.random.uniform, nest.math.max)
from nest.random import _Parameter

# the parameters of the models the exporter uses, as NEST 3 names them (every neuron also has tau_minus, the
# postsynaptic trace of STDP)
_NEURON = {
    'iaf_psc_delta': {'C_m', 'tau_m', 'E_L', 'V_th', 'V_reset', 't_ref', 'I_e', 'V_m', 'V_min',
                      'refractory_input'},
    'iaf_psc_exp': {'C_m', 'tau_m', 'E_L', 'V_th', 'V_reset', 't_ref', 'I_e', 'V_m', 'tau_syn_ex', 'tau_syn_in'},
    'iaf_cond_exp': {'C_m', 'g_L', 'E_L', 'V_th', 'V_reset', 't_ref', 'I_e', 'V_m', 'tau_syn_ex', 'tau_syn_in',
                     'E_ex', 'E_in'},
    'izhikevich': {'a', 'b', 'c', 'd', 'I_e', 'V_th', 'V_m', 'U_m', 'V_min', 'consistent_integration'},
    'parrot_neuron': set(),
}
_DEVICE = {
    'poisson_generator': {'rate', 'start', 'stop', 'origin'},
    'spike_generator': {'spike_times', 'spike_weights', 'start', 'stop', 'origin', 'precise_times'},
    'dc_generator': {'amplitude', 'start', 'stop', 'origin'},
    'spike_recorder': {'record_to', 'label', 'start', 'stop', 'origin'},
    'multimeter': {'record_from', 'interval', 'record_to', 'label', 'start', 'stop', 'origin'},
}
_KERNEL = {'resolution', 'rng_seed', 'print_time', 'local_num_threads', 'total_num_virtual_procs'}
_RULES = {
    'all_to_all': {'allow_autapses', 'allow_multapses'},
    'one_to_one': set(),
    'pairwise_bernoulli': {'p', 'allow_autapses'},
    'fixed_indegree': {'indegree', 'allow_autapses', 'allow_multapses'},
    'fixed_total_number': {'N', 'allow_autapses', 'allow_multapses'},
}
_SYNAPSES = {
    'static_synapse': {'weight', 'delay'},
    'stdp_synapse': {'weight', 'delay', 'tau_plus', 'lambda', 'alpha', 'mu_plus', 'mu_minus', 'Wmax'},
}

LOG = {'kernel': {}, 'created': [], 'connections': [], 'status': [], 'simulated': None}
_nodes = []  # (first id, size, model) of every Create, in order
_rng = np.random.default_rng(12345)


def _value(v):
    if isinstance(v, _Parameter):
        return v.describe()
    if isinstance(v, np.ndarray):
        return v.tolist()
    return v


def _check(where, given, allowed):
    unknown = set(given) - set(allowed)
    if unknown:
        raise TypeError('%s: unknown %s' % (where, sorted(unknown)))


def ResetKernel():
    _nodes.clear()
    LOG.update({'kernel': {}, 'created': [], 'connections': [], 'status': [], 'simulated': None})


def SetKernelStatus(params):
    _check('SetKernelStatus', params, _KERNEL)
    if 'local_num_threads' in params and 'total_num_virtual_procs' in params:
        raise TypeError('SetKernelStatus: set local_num_threads or total_num_virtual_procs, not both')
    LOG['kernel'].update(params)


class NodeCollection:
    """Consecutive (or, after indexing with a list, listed) node ids of one Create."""

    def __init__(self, ids, index):
        object.__setattr__(self, '_ids', list(ids))
        object.__setattr__(self, '_index', index)

    def __len__(self):
        return len(self._ids)

    def tolist(self):
        return list(self._ids)

    def __getitem__(self, key):
        if isinstance(key, (list, tuple)):
            return NodeCollection([self._ids[k] for k in key], self._index)
        if isinstance(key, slice):
            return NodeCollection(self._ids[key], self._index)
        return NodeCollection([self._ids[key]], self._index)

    def _model(self):
        return LOG['created'][self._index]['model']

    def __setattr__(self, name, value):
        model = self._model()
        _check('%s attribute' % model, [name], _NEURON.get(model, _DEVICE.get(model, set())) | {'tau_minus'})
        LOG['status'].append({'created': self._index, 'neurons': len(self._ids), 'first': self._ids[0]
                              - _nodes[self._index][0], name: _value(value)})

    def get(self, key):
        model = self._model()
        if model not in ('spike_recorder', 'multimeter'):
            raise TypeError('get(%r) of %s is not used by the stand-in' % (key, model))
        if key == 'events':
            return {'senders': np.array([], dtype=int), 'times': np.array([])}
        if key == 'n_events':
            return 0
        raise TypeError('%s has no %r' % (model, key))


def Create(model, n=1, params=None, positions=None):
    allowed = _NEURON.get(model, _DEVICE.get(model))
    if allowed is None:
        raise TypeError('Create: unknown model %r' % model)
    params = params or {}
    _check('Create(%r)' % model, params, allowed | ({'tau_minus'} if model in _NEURON else set()))
    first = (_nodes[-1][0] + _nodes[-1][1]) if _nodes else 1
    _nodes.append((first, n, model))
    LOG['created'].append({'model': model, 'n': n, 'params': {k: _value(v) for k, v in params.items()}})
    return NodeCollection(range(first, first + n), len(_nodes) - 1)


def _owner(ids):
    """The Create a list of ids belongs to, and the ids' indices within it."""
    for index, (first, n, model) in enumerate(_nodes):
        if first <= ids[0] < first + n:
            if any(not (first <= i < first + n) for i in ids):
                raise TypeError('Connect: the stand-in takes nodes of one Create per side')
            return index, [int(i - first) for i in ids]
    raise TypeError('Connect: unknown node ids %s' % ids[:3])


def Connect(pre, post, conn_spec=None, syn_spec=None):
    if conn_spec is None:
        conn_spec = 'all_to_all'
    if isinstance(conn_spec, str):
        conn_spec = {'rule': conn_spec}
    rule = conn_spec.get('rule')
    if rule not in _RULES:
        raise TypeError('Connect: unknown rule %r' % rule)
    _check('Connect rule %s' % rule, set(conn_spec) - {'rule'}, _RULES[rule])
    arrays = not isinstance(pre, NodeCollection) or not isinstance(post, NodeCollection)
    if arrays and rule != 'one_to_one':
        raise TypeError('Connect: arrays of node ids need the one_to_one rule')
    pre_ids = [int(i) for i in (pre.tolist() if isinstance(pre, NodeCollection) else list(pre))]
    post_ids = [int(i) for i in (post.tolist() if isinstance(post, NodeCollection) else list(post))]
    syn_spec = dict(syn_spec or {})
    model = syn_spec.pop('synapse_model', 'static_synapse')
    if model not in _SYNAPSES:
        raise TypeError('Connect: unknown synapse model %r' % model)
    _check('Connect synapse %s' % model, syn_spec, _SYNAPSES[model])
    src, src_index = _owner(pre_ids)
    dst, dst_index = _owner(post_ids)
    ns, nt = len(pre_ids), len(post_ids)
    same = src == dst
    autapses = conn_spec.get('allow_autapses', True)
    if rule == 'one_to_one':
        if ns != nt:
            raise TypeError('Connect one_to_one: %d sources, %d targets' % (ns, nt))
        count = ns
    elif rule == 'all_to_all':
        count = ns * nt - (min(ns, nt) if same and not autapses else 0)
    elif rule == 'pairwise_bernoulli':
        p = conn_spec['p']
        if not 0 <= p <= 1:
            raise TypeError('Connect pairwise_bernoulli: p = %r' % p)
        pairs = ns * nt - (min(ns, nt) if same and not autapses else 0)
        count = int(_rng.binomial(pairs, p))
    elif rule == 'fixed_indegree':
        k = conn_spec['indegree']
        if k > ns - (1 if same and not autapses else 0) and not conn_spec.get('allow_multapses', True):
            raise TypeError('Connect fixed_indegree: indegree %d > %d sources' % (k, ns))
        count = k * nt
    else:
        count = conn_spec['N']
    LOG['connections'].append({'source': src, 'target': dst, 'source_neurons': src_index,
                               'target_neurons': dst_index, 'arrays': arrays, 'rule': rule,
                               'conn': {k: v for k, v in conn_spec.items() if k != 'rule'},
                               'synapse_model': model, 'syn': {k: _value(v) for k, v in syn_spec.items()},
                               'count': count})


def SetStatus(nodes, params):
    for name, value in params.items():
        setattr(nodes, name, value)


def Simulate(t):
    LOG['simulated'] = t
    with open(os.environ['MOCK_NEST_LOG'], 'w') as f:
        json.dump({'kernel': LOG['kernel'], 'nodes': [{'first': a, 'n': b, 'model': m} for a, b, m in _nodes],
                   'created': LOG['created'], 'connections': LOG['connections'], 'status': LOG['status'],
                   'simulated': t}, f)
