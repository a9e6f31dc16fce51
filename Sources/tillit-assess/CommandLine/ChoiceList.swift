/// The values of a closed set, made when they are first needed rather than when the command table is.
///
/// Every run builds the whole command table, but most never look at most options' values. Some lists
/// come from content that takes milliseconds to load — the agency types come from the 2019 survey, whose
/// figures are decoded with it — and a run of `report` should not pay for `benchmark`'s option.
struct ChoiceList: Sequence, Sendable, Equatable {
    private let make: @Sendable () -> [Choice]

    /// The values, made by `make` each time they are asked for.
    init(_ make: @escaping @autoclosure @Sendable () -> [Choice]) {
        self.make = make
    }

    /// Every value, in order.
    var all: [Choice] { make() }

    func makeIterator() -> IndexingIterator<[Choice]> { all.makeIterator() }

    static func == (left: ChoiceList, right: ChoiceList) -> Bool { left.all == right.all }
}
