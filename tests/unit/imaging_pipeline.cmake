# Enhancer / quality gate / page sources / PDF / pipeline / imaging CLI tests.
