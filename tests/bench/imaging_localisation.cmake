# Localisation accuracy benchmark.
