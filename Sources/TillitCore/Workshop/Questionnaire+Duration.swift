extension Questionnaire {
    /// About how many minutes one person takes to answer: ten seconds a statement, rounded up (`quick`
    /// 3, `standard` 10). The one source for every "about N minutes" the tools and the guide say.
    public var estimatedMinutes: Int { max(1, (items.count * 10 + 59) / 60) }
}
