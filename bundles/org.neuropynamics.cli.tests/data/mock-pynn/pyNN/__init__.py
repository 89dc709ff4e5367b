"""A stand-in for PyNN 0.12, written for ExportStructureTest (PyNN cannot be installed on the build machines).

It is not PyNN: it simulates nothing. It has the names and keyword signatures of the PyNN 0.12 API that exported
scripts use (setup, Population, standard cell types with their parameter names, initialize, record, projections
with their connectors and StaticSynapse, DCSource, get_data, rank, end), rejects unknown names and parameters as
PyNN does (TypeError), draws every connector's connections with numpy, and writes what the script built to the
JSON file named by the environment variable MOCK_PYNN_LOG when the script calls end().
"""
