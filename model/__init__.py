"""Estimator, training, scoring, strength, summary and persistence."""
