"""Statement features: segmentation, quote state, cue and source cues, transformers."""
