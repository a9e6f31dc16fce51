/// Who is handed the rows a check reads (``JSONValidator/Row``), in the order of the file, and how they
/// are gathered in two parts when the check reads a later stretch of them on a second thread.
///
/// The check asks for a ``part`` before that thread starts; the part's `visit` is then called on that
/// thread only, with the rows of the stretch. Once the thread is joined, the check either calls the
/// part's `merge`, which adds what the part gathered after the rows visited so far (the stretch comes
/// after them in the file), or drops the part and visits the same rows again itself, in order. So what a
/// visitor ends with is the same either way: all rows, in the order of the file.
struct RowVisitor {
    /// Called with each row the check reads itself, in order.
    var visit: (JSONValidator.Row) -> Void
    /// Makes an empty part for a later stretch of the rows: its `visit`, called on the second thread, and
    /// its `merge`, called on the first after the join.
    var part: () -> (visit: (JSONValidator.Row) -> Void, merge: () -> Void)
}
