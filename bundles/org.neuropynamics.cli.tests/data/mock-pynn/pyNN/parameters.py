"""pyNN.parameters stand-in: Sequence (a spike train of SpikeSourceArray)."""


class Sequence:
    def __init__(self, value):
        self.value = [float(v) for v in value]
