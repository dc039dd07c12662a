"""What the fact-checker notebook needs beyond scoring, split by job.

:mod:`.tables` (one article as tables), :mod:`.plots` (matplotlib charts) and
:mod:`.outlets` (a batch compared across outlets); the standalone HTML report
of ``attributor report`` lives next to the renderer, in
:mod:`attributor.standalone`, and is re-exported here for the notebook. Label
colours, hatches and markers come from one table, :data:`attributor.render.LABEL_STYLE`.

Single article (an :class:`~attributor.model.results.ArticleResult`):

* :func:`summary_table` -- the sourcing profile as a small two-column table;
* :func:`statements_table` -- every statement, weakest attribution first, with
  label, source, cue and reasons; :func:`check_first` -- the check-first list;
* :func:`plot_profile` -- statements per label and the strength histogram;
* :func:`article_html` -- the highlighted article (the shared renderer) for a
  notebook, :func:`write_report` -- the same view as a standalone HTML file.

A batch -- a :class:`Batch` of results with their outlets, from
:func:`score_batch` (a frame of articles), :func:`make_batch` (results in
memory) or :func:`load_statements` (a statements file written by
``attributor score IN.jsonl -o OUT`` or ``attributor batch``):

* ``batch.statements`` -- one row per statement with its article's outlet;
  :func:`articles_frame` -- one row per article;
* :func:`compare_outlets`, :func:`top_sources` and :func:`plot_outlets` --
  anonymous share and strength per outlet, the most-cited named sources;
* :func:`corpus_sample` -- a stratified sample of the team corpus.

Every number comes from the scoring function's own results: per-article
figures are :func:`attributor.model.summary.summarise` of the statements, so
a batch read back from a file gives the same summaries as scoring in memory.
matplotlib is needed only by the ``plot_*`` functions.
"""
from __future__ import annotations

from attributor.render import LABEL_STYLE
from attributor.report.outlets import (OUTLET, UNKNOWN_OUTLET, Batch, articles_frame, compare_outlets, corpus_sample,
                                       load_statements, make_batch, read_outlets, score_batch, top_sources)
from attributor.report.plots import (plot_anonymous_share, plot_labels, plot_outlets, plot_profile,
                                     plot_strength, plot_strength_by_outlet, plot_top_sources)
from attributor.report.tables import (LABEL_NAMES, article_html, check_first, source_text, statements_table,
                                      summary_table)
from attributor.standalone import report_file, report_html, write_report

__all__ = ["LABEL_STYLE", "LABEL_NAMES", "OUTLET", "UNKNOWN_OUTLET", "Batch", "article_html", "articles_frame",
           "check_first", "compare_outlets", "corpus_sample", "load_statements", "make_batch", "plot_anonymous_share",
           "plot_labels", "plot_outlets", "plot_profile", "plot_strength", "plot_strength_by_outlet",
           "plot_top_sources", "read_outlets", "report_file", "report_html", "score_batch", "source_text",
           "statements_table", "summary_table", "top_sources", "write_report"]
