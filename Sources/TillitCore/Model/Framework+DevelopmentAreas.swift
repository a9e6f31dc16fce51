extension Framework {
    /// The ten development areas of SOU 2019:43 §3.4.1–3.4.10.
    static let developmentAreasSOU2019: [DevelopmentArea] = []
}
