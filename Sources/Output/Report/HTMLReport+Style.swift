extension HTMLReport {
    /// The page's CSS: the system font stack, one column that narrows on small screens, tables
    /// that scroll sideways rather than overflow, and print rules (no navigation, no split rows,
    /// colours kept).
    static let style = """
        :root { --ink: #1f2933; --muted: #616e7c; --line: #e4e7eb; --panel: #f7f8fa; --accent: #2563eb;
                --good: #15803d; --bad: #b91c1c; --even: #64748b; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; color: var(--ink); background: #fff; line-height: 1.45;
               font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "DejaVu Sans", Arial, sans-serif; }
        header.top { background: #0f2744; color: #fff; padding: 28px max(24px, calc((100% - 1100px) / 2)) 18px; }
        header.top h1 { margin: 2px 0 6px; font-size: 28px; font-weight: 650; }
        header.top .brand { margin: 0; font-size: 12px; letter-spacing: .08em; text-transform: uppercase; color: #9fb3c8; }
        header.top .meta { margin: 0 0 14px; color: #d9e2ec; }
        header.top .meta b { color: #fff; font-weight: 600; }
        nav { display: flex; flex-wrap: wrap; gap: 6px 18px; font-size: 13px; }
        nav a { color: #bcccdc; text-decoration: none; border-bottom: 1px solid transparent; }
        nav a:hover { color: #fff; border-bottom-color: #fff; }
        main { max-width: 1100px; margin: 0 auto; padding: 8px 24px 24px; }
        section { padding: 22px 0 10px; border-bottom: 1px solid var(--line); }
        h2 { font-size: 20px; margin: 0 0 4px; font-weight: 650; }
        h3 { font-size: 15px; margin: 0 0 8px; font-weight: 600; }
        .note { margin: 0 0 14px; color: var(--muted); font-size: 13px; max-width: 860px; }
        .empty { color: var(--muted); font-style: italic; }
        .muted { color: var(--muted); }
        .id { color: var(--muted); font-size: 12px; font-weight: 400; }
        .id.block { display: block; }
        .nowrap { white-space: nowrap; }
        .chip { display: inline-block; font-size: 12px; padding: 1px 8px; margin: 1px 0; border-radius: 10px; background: #eef2f7; color: #334e68; }
        .tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 12px; }
        .tile { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; background: var(--panel); break-inside: avoid; }
        .tile-title { font-size: 13px; color: var(--muted); font-weight: 600; }
        .tile-value { font-size: 28px; font-weight: 650; margin: 2px 0; font-variant-numeric: tabular-nums; }
        .tile-value.na { color: var(--muted); font-weight: 400; }
        .tile-change { font-size: 13px; color: var(--muted); }
        .tile-period { font-size: 12px; color: var(--muted); margin-top: 4px; }
        .good { color: var(--good); font-weight: 600; }
        .bad { color: var(--bad); font-weight: 600; }
        .flat { color: var(--even); font-weight: 600; }
        .scroll { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; font-size: 14px; }
        th { text-align: left; font-size: 12px; color: var(--muted); font-weight: 600; border-bottom: 2px solid var(--line); padding: 6px 8px; white-space: nowrap; }
        td { border-bottom: 1px solid var(--line); padding: 6px 8px; vertical-align: middle; }
        tr { break-inside: avoid; }
        tbody tr:nth-child(even) td { background: #fbfcfd; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.label { font-weight: 500; }
        td.group, td.detail { color: var(--muted); font-size: 13px; }
        td.spark { padding-top: 2px; padding-bottom: 2px; }
        .trend.up { color: #b45309; }
        .trend.down { color: #0369a1; }
        .trend.flat { color: var(--even); font-weight: 400; }
        .meter { display: inline-block; width: 60px; height: 7px; border-radius: 4px; background: var(--line); vertical-align: middle; margin-right: 6px; overflow: hidden; }
        .meter span { display: block; height: 100%; background: var(--bad); }
        .score.yellow .meter span { background: #d97706; }
        div.chart { overflow-x: auto; }
        svg.chart { display: block; max-width: 820px; min-width: 520px; font-family: inherit; }
        svg.chart .grid { stroke: var(--line); stroke-width: 1; }
        svg.chart .one { stroke: #52606d; stroke-width: 1.2; stroke-dasharray: 4 3; }
        svg.chart .tick { font-size: 11px; fill: var(--muted); }
        svg.chart .label { font-size: 12.5px; fill: var(--ink); }
        svg.chart .value { font-size: 12px; fill: var(--muted); font-variant-numeric: tabular-nums; }
        svg.chart .ci { stroke-width: 3; stroke-linecap: round; }
        svg.chart .risk .ci, svg.chart .risk .dot { stroke: var(--bad); fill: var(--bad); }
        svg.chart .safe .ci, svg.chart .safe .dot { stroke: var(--good); fill: var(--good); }
        svg.chart .even .ci, svg.chart .even .dot { stroke: #94a3b8; fill: var(--even); }
        svg.chart .ci { fill: none; opacity: .55; }
        svg.chart .dot { stroke: #fff; stroke-width: 1.5; }
        svg.chart .neg .bar { fill: #dc2626; }
        svg.chart .pos .bar { fill: #16a34a; }
        .insufficient { font-size: 13px; color: var(--muted); margin: 10px 0 0; }
        .badge { display: inline-block; font-size: 11px; font-weight: 600; padding: 1px 7px; border-radius: 10px; background: var(--line); color: var(--ink); white-space: nowrap; }
        .badge.spike { background: #fde8e8; color: #9b1c1c; }
        .badge.emerging { background: #e1effe; color: #1e429f; }
        .badge.alert { background: #9b1c1c; color: #fff; }
        .quotes { display: grid; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); gap: 14px; }
        .quote-theme { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; break-inside: avoid; }
        blockquote { margin: 0 0 10px; padding: 0 0 0 10px; border-left: 3px solid #bfdbfe; font-size: 14px; }
        blockquote p { margin: 0; overflow-wrap: anywhere; }
        cite { display: block; font-style: normal; font-size: 12px; color: var(--muted); margin-top: 2px; }
        footer { max-width: 1100px; margin: 0 auto; padding: 14px 24px 36px; color: var(--muted); font-size: 12px; }
        footer p { margin: 0 0 6px; }
        @media (max-width: 640px) {
          body { font-size: 14px; }
          header.top { padding: 20px 16px 14px; }
          main, footer { padding-left: 16px; padding-right: 16px; }
          .tiles { grid-template-columns: repeat(2, 1fr); }
          .tile-value { font-size: 22px; }
          .quotes { grid-template-columns: 1fr; }
        }
        @media print {
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          nav { display: none; }
          header.top { background: #fff; color: var(--ink); padding: 0 0 8px; border-bottom: 2px solid var(--ink); }
          header.top .brand, header.top .meta { color: var(--muted); }
          header.top .meta b { color: var(--ink); }
          main, footer { max-width: none; padding: 0; }
          section { break-inside: auto; }
          h2 { break-after: avoid; }
          .scroll, div.chart { overflow: visible; }
        }
        """
}
