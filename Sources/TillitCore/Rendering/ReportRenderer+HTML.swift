extension ReportRenderer {
    /// The report as HTML.
    public func html() -> String { "" }
}
