namespace Relevare.Static.Reporting;

/// <summary>The report's style sheet, written next to the page. Status colours are always paired with a word.</summary>
internal static class ReportStylesheet
{
    public const string Css = """
        :root {
          --text: #1b1b1b;
          --muted: #555;
          --rule: #c8c8c8;
          --surface: #f4f6f6;
          --ok: #1e6b3a;
          --ok-bg: #e3f3e8;
          --due: #7a4b00;
          --due-bg: #fff1d6;
          --overdue: #9b1c1c;
          --overdue-bg: #fde4e4;
          --bar: #2f6f8f;
        }

        body {
          margin: 0 auto;
          max-width: 90rem;
          padding: 1rem;
          font-family: system-ui, sans-serif;
          line-height: 1.5;
          color: var(--text);
        }

        h1, h2 { line-height: 1.2; }
        code { font-size: 0.875em; }
        .report-header p, .note, figcaption { color: var(--muted); }
        .note { font-size: 0.875em; }

        .totals {
          display: grid;
          grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
          gap: 0.5rem;
          margin: 0;
        }

        .totals div { padding: 0.5rem 0.75rem; border: 1px solid var(--rule); border-radius: 0.25rem; background: var(--surface); }
        .totals dt { font-size: 0.875rem; }
        .totals dd { margin: 0; font-size: 1.5rem; font-weight: 700; }
        .totals .status-ok { background: var(--ok-bg); color: var(--ok); }
        .totals .status-due-soon { background: var(--due-bg); color: var(--due); }
        .totals .status-overdue { background: var(--overdue-bg); color: var(--overdue); }

        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; font-size: 0.9375rem; }
        th, td { padding: 0.375rem 0.5rem; border: 1px solid var(--rule); text-align: left; vertical-align: top; }
        thead th { background: var(--surface); }
        td.num { text-align: right; white-space: nowrap; }
        td time { white-space: nowrap; }
        td.over-limit .flag { color: var(--overdue); font-weight: 700; }
        .pages-table { table-layout: fixed; min-width: 56rem; }
        .images-table .images-total td { font-weight: 600; }
        .pages-table th, .pages-table td { overflow-wrap: anywhere; }
        .pages-table .col-page { width: 20%; }
        .pages-table .col-people { width: 13%; }
        .pages-table .col-review { width: 16%; }
        .pages-table .col-reading { width: 22%; }
        .pages-table .col-sources { width: 10%; }
        .pages-table .col-problems { width: 19%; }
        .hard-sentences { margin: 0; padding-left: 1.25rem; font-size: 0.875em; }
        .page-title { font-weight: 700; }
        .tag { font-size: 0.75rem; padding: 0 0.25rem; border: 1px solid var(--rule); border-radius: 0.25rem; }

        .status { display: inline-block; padding: 0 0.375rem; border-radius: 0.25rem; font-weight: 700; white-space: nowrap; }
        .status-ok { background: var(--ok-bg); color: var(--ok); }
        .status-due-soon { background: var(--due-bg); color: var(--due); }
        .status-overdue { background: var(--overdue-bg); color: var(--overdue); }
        .status-not-reviewed { background: var(--overdue-bg); color: var(--overdue); }
        .status-not-required, .status-unknown { background: var(--surface); color: var(--muted); }
        .changed-since-review > th, .changed-since-review > td { background: var(--overdue-bg); color: var(--overdue); }

        .severity { font-weight: 700; }
        .severity-error { color: var(--overdue); }
        .severity-warning { color: var(--due); }
        .open-diagnostics, .diagnostics { margin: 0; padding-left: 1.25rem; }

        figure { margin: 0; }
        .chart { width: 100%; height: auto; max-width: 52rem; }
        .chart text { font-size: 12px; fill: var(--text); }
        .chart .axis { stroke: var(--muted); }
        .chart .bar-ok { fill: var(--bar); }
        .chart .bar-due-soon { fill: #c77c00; }
        .chart .bar-overdue, .chart .bar-over { fill: var(--overdue); }
        .chart .bar-ungraded { fill: var(--rule); }
        .chart .target { stroke: var(--text); stroke-width: 2; stroke-dasharray: 4 3; }
        .chart .limit { stroke: var(--due); stroke-width: 3; }

        @media print {
          .table-wrap { overflow: visible; }
        }

        """;
}
