/// Renders ``ReportData`` as one self-contained HTML page: inline CSS and inline SVG charts, no
/// JavaScript, nothing loaded from elsewhere (no `src`, no external `href`, no `url(`).
///
/// The page is a pure function of its data: the same data gives the same bytes (no clock, no
/// random ids, every list in a fixed order). Customer text and labels are escaped everywhere, so
/// a quote holding `<script>` shows as text.
public enum HTMLReport {
    /// The page for `data`.
    /// - Complexity: O(size of the data).
    public static func render(_ data: ReportData) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="Verbatim \(escape(data.version))">
            <title>\(escape(data.workspace)) · Verbatim feedback report\(data.lastDay.map { " · as of " + $0 } ?? "")</title>
            <style>
            \(style)
            </style>
            </head>
            <body>

            """
        html += header(data)
        html += "<main>\n"
        html += kpiSection(data)
        html += themeSection(data)
        html += liftSection(data)
        html += npsSection(data)
        html += accountSection(data)
        html += alertSection(data)
        html += quoteSection(data)
        html += "</main>\n"
        html += footer(data)
        html += "</body>\n</html>\n"
        return html
    }

    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities, safe in element content and
    /// in quoted attributes (HTML and SVG alike).
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// The sections in page order, as (anchor, title), for the contents line.
    static let sections: [(id: String, title: String)] = [
        ("kpis", "Key figures"), ("themes", "Themes"), ("churn", "Churn lift"), ("nps", "NPS impact"),
        ("accounts", "Accounts at risk"), ("alerts", "Spikes and emerging themes"), ("quotes", "Quotes"),
    ]

    static func header(_ data: ReportData) -> String {
        let period: String
        if let first = data.firstDay, let last = data.lastDay {
            period = "<b>\(escape(first))</b> to <b>\(escape(last))</b>"
        } else {
            period = "no dated items"
        }
        let contents = sections.map { "<a href=\"#\($0.id)\">\($0.title)</a>" }.joined(separator: "\n")
        return """
            <header class="top">
            <p class="brand">Verbatim feedback report</p>
            <h1>\(escape(data.workspace))</h1>
            <p class="meta">Data from \(period) · <b>\(grouped(data.items))</b> items · <b>\(grouped(data.accounts))</b> accounts · <b>\(grouped(data.themeCount))</b> themes</p>
            <nav>
            \(contents)
            </nav>
            </header>

            """
    }

    static func footer(_ data: ReportData) -> String {
        """
        <footer>
        <p>Verbatim \(escape(data.version)) · as of \(escape(data.lastDay ?? "n/a")) (the latest item) · minimum support \(data.minimumSupport) accounts or answers.</p>
        <p>Themes by TF-IDF and spherical k-means; churn lift = churn rate of the accounts mentioning a theme ÷ churn rate of the other accounts, \
        with a 95% Katz interval and Fisher's exact p; NPS impact = NPS of all respondents − NPS without the theme's respondents; \
        KPIs as in the kpis export table.</p>
        </footer>

        """
    }

    /// A section with its heading and a one-line explanation.
    static func section(_ id: String, _ note: String, _ body: String) -> String {
        let title = sections.first { $0.id == id }?.title ?? id
        return "<section id=\"\(id)\">\n<h2>\(title)</h2>\n<p class=\"note\">\(note)</p>\n\(body)</section>\n\n"
    }

    /// A table that scrolls sideways on a narrow screen: `head` is the header cells, `rows` the
    /// body's `<tr>` lines.
    static func table(_ head: String, _ rows: String, class name: String? = nil) -> String {
        """
        <div class="scroll"><table\(name.map { " class=\"\($0)\"" } ?? "")>
        <thead><tr>\(head)</tr></thead>
        <tbody>
        \(rows)</tbody>
        </table></div>

        """
    }

    /// The line shown when a section has nothing to show.
    static func empty(_ text: String) -> String { "<p class=\"empty\">\(text)</p>\n" }
}
