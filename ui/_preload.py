"""Imported once by the analysis workers' fork server (:mod:`ui.workers`): loads the spaCy
pipeline there, so every worker forked from it starts with the pipeline already in memory
(shared copy-on-write) instead of spending about 10 s importing and loading it."""

from analysis.nlp import load_pipeline

load_pipeline()
