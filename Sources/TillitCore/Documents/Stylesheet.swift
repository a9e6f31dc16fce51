/// The one stylesheet of every HTML document, so that the report, the plan and the comparison share a
/// typeface and a look, and each prints on A4.
enum Stylesheet {
    static let css = """

        @page { size: A4; margin: 16mm 14mm; }
        :root { --ink: #1d2733; --muted: #5b6775; --line: #d5dbe2; --primary: #1f5f99; --target: #c2571a;
          --secondary: #8aa7c2; --warning: #a4462a; }
        * { box-sizing: border-box; }
        body { font: 15px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
          color: var(--ink); margin: 0 auto; max-width: 58rem; padding: 2rem 1.5rem; background: #fff; }
        header { border-bottom: 3px solid var(--primary); padding-bottom: .8rem; margin-bottom: 1rem; }
        .kicker { text-transform: uppercase; letter-spacing: .06em; font-size: .8rem; color: var(--muted); margin: 0; }
        h1 { font-size: 1.9rem; margin: .2rem 0 0; }
        .unit { font-size: 1.15rem; margin: .1rem 0 0; }
        .facts { display: flex; flex-wrap: wrap; gap: .4rem 2rem; margin: .6rem 0; }
        .facts div { min-width: 8rem; }
        .facts dt { font-size: .75rem; text-transform: uppercase; color: var(--muted); }
        .facts dd { margin: 0; font-size: 1.05rem; }
        h2 { font-size: 1.35rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; margin-top: 2rem; }
        h3 { font-size: 1.1rem; margin-bottom: .3rem; }
        section#summary { background: #f4f7fa; border-radius: 6px; padding: .2rem 1.2rem .8rem; }
        section#summary h2 { margin-top: .8rem; }
        section#summary h3 { margin: .7rem 0 .15rem; font-size: 1rem; }
        section#summary p { margin: .2rem 0; }
        section#summary ul { margin: .1rem 0 .4rem; padding-left: 1.2rem; }
        .muted { color: var(--muted); }
        blockquote { margin: .6rem 0; padding: .2rem 1rem; border-left: 3px solid var(--line); }
        blockquote p { margin: .2rem 0; }
        blockquote footer { font-size: .85rem; color: var(--muted); }
        .note { color: var(--muted); font-style: italic; }
        figure.chart { margin: 1rem 0; }
        figure.chart svg { width: 100%; max-width: 40rem; height: auto; display: block; margin: 0 auto; }
        figcaption { font-size: .85rem; color: var(--muted); text-align: center; }
        table { border-collapse: collapse; width: 100%; margin: .8rem 0 1.2rem; font-size: .9rem; }
        caption { text-align: left; font-weight: 600; padding: .3rem 0; }
        th, td { border-bottom: 1px solid var(--line); padding: .3rem .45rem; text-align: left; vertical-align: top; }
        thead th { border-bottom: 2px solid var(--ink); font-size: .8rem; }
        tbody th { font-weight: 600; }
        tbody th.prose { font-weight: normal; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        .short { white-space: nowrap; }
        thead th.fit { width: 1%; }
        .flag { color: #b3261e; font-weight: 700; white-space: nowrap; }
        .group-row th { background: #eef2f6; }
        .ring { fill: none; stroke: var(--line); }
        .spoke { stroke: var(--line); }
        .ring-label, .tick { font-size: 11px; fill: var(--muted); }
        .axis-label { font-size: 13px; fill: var(--ink); font-weight: 600; }
        .series-primary { fill: rgba(31, 95, 153, .22); stroke: var(--primary); stroke-width: 2.5; }
        .series-secondary { fill: none; stroke: var(--secondary); stroke-width: 1.5; stroke-dasharray: 2 3; }
        .series-target { fill: none; stroke: var(--target); stroke-width: 2; stroke-dasharray: 6 4; }
        .gap { fill: none; }
        .point-primary { fill: var(--primary); }
        .point-secondary { fill: var(--secondary); }
        .point-target { fill: var(--target); }
        .legend { font-size: 13px; fill: var(--ink); }
        .bar-label { font-size: 13px; fill: var(--ink); }
        .bar-value { font-size: 13px; fill: var(--ink); font-weight: 600; }
        .bar-track { fill: #eef2f6; }
        .bar-fill-primary { fill: var(--primary); }
        .bar-fill-warning { fill: var(--warning); }
        .series-warning { fill: rgba(164, 70, 42, .2); stroke: var(--warning); stroke-width: 2.5; }
        .point-warning { fill: var(--warning); }
        footer { margin-top: 2rem; border-top: 1px solid var(--line); font-size: .8rem; color: var(--muted); }
        @media print {
          html { font-size: 9pt; }
          body { max-width: none; padding: 0; font-size: 10pt; }
          h2 { margin-top: 1.2rem; }
          figure.chart { margin: .4rem 0; }
          section.page { break-after: page; }
          figure, tr, h2, h3 { break-inside: avoid; }
          h2, h3, .note, caption { break-after: avoid; }
          figure.chart-radar svg { max-width: 10.5cm; }
        }

        """
}
