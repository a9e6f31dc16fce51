extension Framework {
    /// The five problem areas of SOU 2019:43 §1.6.
    static let problemAreasSOU2019: [ProblemArea] = []
}
