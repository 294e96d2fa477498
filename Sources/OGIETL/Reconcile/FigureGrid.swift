/// The whole numbers of a table's rows, each figure read once: the identities add the same
/// cells up in several ways (a row's sum, a column's sum, the balance of four rows), and
/// reading a figure's `String` again for each cost more than all of the arithmetic.
struct FigureGrid {
    let columns: Int
    /// Row by row, `columns` cells each; nil where `AccountingIdentities.int` reads no number.
    private var cells: [Int?]
    /// Rows printed with exactly `columns` figures, the only ones a row's sum is checked in.
    private var isComplete: [Bool]

    init(_ rows: [[Figure?]], columns: Int) {
        self.init(count: rows.count, columns: columns) { rows[$0] }
    }

    /// Read from the records in place: mapping them to a list of their values first cost an
    /// array and a reference count per row.
    init<Row: SumRow>(_ records: [Row]) {
        self.init(count: records.count, columns: Row.columns.count) { records[$0].values }
    }

    /// Written through one pointer per array: assigning cell by cell checked the array's
    /// uniqueness at every one of a report's two hundred figures.
    private init(count: Int, columns: Int, values: (Int) -> [Figure?]) {
        self.columns = columns
        // Not `init(repeating:count:)`, whose allocation is not specialized (see `CSVRow.init`).
        var cells = Array(repeatElement(Int?.none, count: count * columns))
        var isComplete = Array(repeatElement(false, count: count))
        cells.withUnsafeMutableBufferPointer { cells in
            for row in 0..<count {
                let figures = values(row)
                isComplete[row] = figures.count == columns
                figures.withUnsafeBufferPointer { figures in
                    for column in 0..<min(columns, figures.count) { cells[row * columns + column] = figures[column]?.wholeNumber }
                }
            }
        }
        self.cells = cells
        self.isComplete = isComplete
    }

    subscript(row: Int, column: Int) -> Int? {
        cells[row * columns + column]
    }

    func isComplete(_ row: Int) -> Bool {
        isComplete[row]
    }

    /// The sum of `column` over `rows`, or nil if any of them holds no whole number.
    func sum(_ column: Int, over rows: [Int]) -> Int? {
        var sum = 0
        for row in rows {
            guard let value = self[row, column] else { return nil }
            sum += value
        }
        return sum
    }

    /// The row's leading cells added up, against its last: nil unless all are whole numbers.
    func rowSum(_ row: Int) -> (sum: Int, stated: Int)? {
        guard isComplete(row), let stated = self[row, columns - 1] else { return nil }
        var sum = 0
        for column in 0..<(columns - 1) {
            guard let value = self[row, column] else { return nil }
            sum += value
        }
        return (sum, stated)
    }
}
