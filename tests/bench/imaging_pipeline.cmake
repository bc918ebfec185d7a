# Pipeline speed and memory benchmarks.
