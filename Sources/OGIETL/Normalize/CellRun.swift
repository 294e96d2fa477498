/// A row chunk's label or value cells, indexed from zero like the Array they replace. It is a
/// view into the report's cell list, so cutting a table into rows copies no cells: a report
/// holds a few hundred cells, and each row used to copy its own.
struct CellRun: RandomAccessCollection, Sendable {
    private let cells: ArraySlice<Cell>

    init(_ cells: ArraySlice<Cell>) {
        self.cells = cells
    }

    init(_ cells: [Cell] = []) {
        self.cells = cells[...]
    }

    var startIndex: Int { 0 }
    var endIndex: Int { cells.count }

    subscript(position: Int) -> Cell {
        cells[cells.startIndex + position]
    }
}
