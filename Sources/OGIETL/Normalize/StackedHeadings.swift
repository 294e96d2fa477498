/// Column headings that `pdftotext -layout` wrapped inside their columns, so one heading is
/// spread over two lines (`本年新  本年新  对外公开` over `制作数量  公开数量  总数量`). Read
/// line by line they interleave; read column by column they are whole again.
enum StackedHeadings {
    /// The label cells re-joined column by column wherever consecutive lines each hold several
    /// cells: every cell joins the cell of the widest line whose centre is nearest, so a
    /// heading that did not wrap stays whole while its neighbours are re-assembled.
    static func columnwise(_ cells: CellRun) -> LabelBlob? {
        guard mayHaveStackedLines(cells) else { return nil }
        let lines = Dictionary(grouping: cells, by: \.line).sorted { $0.key < $1.key }.map(\.value)
        guard lines.filter({ $0.count >= 2 }).count >= 2 else { return nil }
        var pieces = CellList()
        var stack: [[Cell]] = []
        for line in lines {
            if line.count >= 2 {
                stack.append(line)
                continue
            }
            merge(stack, of: cells, into: &pieces)
            for cell in line { pieces.append(cell.kind, cells.text, cell.textRange, line: cell.line, center: cell.center) }
            stack = []
        }
        merge(stack, of: cells, into: &pieces)
        return LabelBlob(cells: CellRun(pieces))
    }

    /// False when the cells, in line order as the tokenizer gives them, hold fewer than two
    /// lines of several cells: the common case of headings printed one to a line is then
    /// settled without grouping the cells by line.
    private static func mayHaveStackedLines(_ cells: CellRun) -> Bool {
        var wideLines = 0
        var index = cells.startIndex
        while index < cells.endIndex {
            var end = index + 1
            while end < cells.endIndex, cells[end].line == cells[index].line { end += 1 }
            if end < cells.endIndex, cells[end].line < cells[index].line { return true }
            if end - index >= 2 { wideLines += 1 }
            index = end
        }
        return wideLines >= 2
    }

    /// Each column's parts become one cell, their texts joined top to bottom.
    private static func merge(_ stack: [[Cell]], of cells: CellRun, into pieces: inout CellList) {
        guard stack.count >= 2, let base = stack.max(by: { $0.count < $1.count }) else {
            for cell in stack.joined() { pieces.append(cell.kind, cells.text, cell.textRange, line: cell.line, center: cell.center) }
            return
        }
        var columns = base.map { [$0] }
        for line in stack where line[0].line != base[0].line {
            for cell in line {
                guard let nearest = base.indices.min(by: { abs(base[$0].center - cell.center) < abs(base[$1].center - cell.center) }) else { continue }
                columns[nearest].append(cell)
            }
        }
        for parts in columns {
            pieces.append(.text, parts.sorted { $0.line < $1.line }.map(cells.string(of:)).joined(), line: parts[0].line)
        }
    }
}
