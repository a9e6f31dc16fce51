extension ReportRenderer {
    /// The report as Markdown.
    public func markdown() -> String { "" }
}
