"""Plots of the notebook: one article's profile, and a batch compared across outlets (needs matplotlib).

Colours, hatches and markers come from the renderer's label-style table, so
the charts match the highlighted article and read in greyscale too.
"""
from __future__ import annotations

from attributor.model.labels import ANONYMOUS_INSIDER, DIRECT_QUOTE, EDITORIAL_PARAPHRASE, LABELS
from attributor.model.results import ArticleResult
from attributor.render import LABEL_STYLE
from attributor.report.outlets import OUTLET, _batch, compare_outlets, top_sources
from attributor.report.tables import LABEL_NAMES


def _plt():
    try:
        import matplotlib.pyplot as plt
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise ImportError("the plots need matplotlib: pip install 'attributor[notebook]'") from err
    return plt


def _bar_style(label: str) -> dict:
    st = LABEL_STYLE[label]
    return {"color": st["color"], "hatch": st["hatch"], "edgecolor": "white", "linewidth": 0.8}


def _label_tick(label: str) -> str:
    return f"{LABEL_NAMES[label]}\n[{LABEL_STYLE[label]['marker']}]"


def plot_labels(result: ArticleResult, ax=None):
    """Horizontal bars of statements per label, each labelled with its count and share."""
    plt = _plt()
    if ax is None:
        _, ax = plt.subplots(figsize=(5, 2.8))
    sm = result.summary
    labels = list(LABELS)[::-1]  # first label on top
    for y, label in enumerate(labels):
        ax.barh(y, sm.counts[label], **_bar_style(label))
        ax.text(sm.counts[label], y, f"  {sm.counts[label]} ({sm.shares[label]:.0%})", va="center", fontsize=9)
    ax.set_yticks(range(len(labels)), [_label_tick(label) for label in labels], fontsize=9)
    ax.set_xlim(0, max([1, *sm.counts.values()]) * 1.35)
    ax.set_xlabel("statements")
    ax.set_title("Statements per label")
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def plot_strength(result: ArticleResult, ax=None, bins: int = 10):
    """Histogram of attribution strength, stacked by label (hatched), with the mean marked."""
    plt = _plt()
    if ax is None:
        _, ax = plt.subplots(figsize=(5, 2.8))
    edges = [i / bins for i in range(bins + 1)]
    data = [[s.strength for s in result.statements if s.label == label] for label in LABELS]
    ax.hist(data, bins=edges, stacked=True, label=[f"{LABEL_NAMES[l]} [{LABEL_STYLE[l]['marker']}]" for l in LABELS],
            color=[LABEL_STYLE[l]["color"] for l in LABELS], edgecolor="white", linewidth=0.8)
    for patches, label in zip(ax.containers, LABELS):
        for patch in patches:
            patch.set_hatch(LABEL_STYLE[label]["hatch"])
    mean = result.summary.mean_strength
    ax.axvline(mean, color="black", linestyle="--", linewidth=1)
    ax.text(mean, 1.02, f"mean {mean:.2f}", transform=ax.get_xaxis_transform(), ha="center", va="bottom",
            fontsize=9)
    ax.set_xlim(0, 1)
    ax.set_xlabel("attribution strength (0 = no source, 1 = named, verbatim)")
    ax.set_ylabel("statements")
    ax.set_title("Attribution strength", pad=16)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def plot_profile(result: ArticleResult):
    """The article's sourcing profile: statements per label beside the strength histogram."""
    plt = _plt()
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 3.2), gridspec_kw={"width_ratios": [1, 1.25]})
    plot_labels(result, left)
    plot_strength(result, right)
    fig.suptitle(f"Sourcing profile of {result.doc_id}: {result.summary.statements} statements", fontweight="bold")
    fig.tight_layout()
    return fig


# --------------------------------------------------------------------------- batches


# --------------------------------------------------------------------------- outlets
def plot_anonymous_share(batch, ax=None):
    """Horizontal bars: share of statements from anonymous insiders per outlet, labelled with the figure."""
    plt = _plt()
    cmp = compare_outlets(batch).sort_values("anonymous_share")
    if ax is None:
        _, ax = plt.subplots(figsize=(5, 0.4 * len(cmp) + 1.2))
    y = range(len(cmp))
    ax.barh(y, cmp["anonymous_share"] * 100, **_bar_style(ANONYMOUS_INSIDER))
    for yi, (share, arts, stmts) in enumerate(zip(cmp["anonymous_share"], cmp["articles"], cmp["statements"])):
        ax.text(share * 100, yi, f"  {share:.0%}  ({arts} art., {stmts} st.)", va="center", fontsize=8)
    ax.set_yticks(list(y), list(cmp.index), fontsize=9)
    ax.set_xlim(0, max(5.0, float(cmp["anonymous_share"].max()) * 100) * 1.6)
    ax.set_xlabel("anonymous-insider statements (% of the outlet's statements)")
    ax.set_title("Anonymous share per outlet")
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def plot_strength_by_outlet(batch, ax=None):
    """Box plot of statement strength per outlet (median line, quartile box, mean as a diamond)."""
    plt = _plt()
    b = _batch(batch)
    frame = b.statements
    cmp = compare_outlets(b).sort_values("median_strength")
    outlets = list(cmp.index)
    if ax is None:
        _, ax = plt.subplots(figsize=(5, 0.4 * len(outlets) + 1.2))
    data = [frame.loc[frame[OUTLET] == o, "strength"].to_numpy() for o in outlets]
    import matplotlib

    horizontal = ({"orientation": "horizontal"} if tuple(map(int, matplotlib.__version__.split(".")[:2])) >= (3, 10)
                  else {"vert": False})
    ax.boxplot(data, **horizontal, widths=0.6, showmeans=True, patch_artist=True,
               boxprops={"facecolor": LABEL_STYLE[EDITORIAL_PARAPHRASE]["background"], "edgecolor": "#1b1b1f"},
               medianprops={"color": "#1b1b1f", "linewidth": 2},
               meanprops={"marker": "D", "markerfacecolor": "white", "markeredgecolor": "#1b1b1f", "markersize": 5},
               flierprops={"marker": ".", "markersize": 3})
    ax.set_yticks(range(1, len(outlets) + 1), outlets, fontsize=9)
    ax.set_xlim(0, 1)
    ax.set_xlabel("attribution strength per statement (line = median, ◇ = mean)")
    ax.set_title("Strength distribution per outlet")
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def plot_top_sources(batch, n: int = 10, ax=None):
    """Horizontal bars: statements credited to the ``n`` most-cited named sources, with article counts."""
    plt = _plt()
    top = top_sources(batch, n).iloc[::-1]
    if ax is None:
        _, ax = plt.subplots(figsize=(5, 0.4 * max(1, len(top)) + 1.2))
    y = range(len(top))
    ax.barh(y, top["statements"], **_bar_style(DIRECT_QUOTE))
    for yi, (stmts, arts) in enumerate(zip(top["statements"], top["articles"])):
        ax.text(stmts, yi, f"  {stmts} ({arts} art.)", va="center", fontsize=8)
    ax.set_yticks(list(y), [s if len(s) <= 34 else s[:33] + "…" for s in top.index], fontsize=9)
    ax.set_xlim(0, max([1, *top["statements"]]) * 1.35)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel("statements credited to the source")
    ax.set_title(f"Most-cited named sources (top {len(top)})")
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def plot_outlets(batch, n_sources: int = 10):
    """The batch compared across outlets: anonymous share, strength distribution, most-cited sources."""
    plt = _plt()
    b = _batch(batch)
    k = max(1, len(set(b.outlets.values())))
    fig, axes = plt.subplots(1, 3, figsize=(16, 0.42 * max(k, n_sources) + 1.6))
    plot_anonymous_share(b, axes[0])
    plot_strength_by_outlet(b, axes[1])
    plot_top_sources(b, n_sources, axes[2])
    fig.suptitle(f"{len(b)} articles, {len(b.statements)} statements, {k} outlets", fontweight="bold")
    fig.tight_layout()
    return fig
