"""On-demand benchmarks and measurements; never run by the test suite."""
