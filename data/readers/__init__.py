"""Readers that turn other annotated corpora into attributor statement records."""
