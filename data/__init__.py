"""Corpus, its compiler and validator, and readers of other annotated corpora."""
