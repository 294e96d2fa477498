/// Cuts a run of digits printed without separators (`713000074`) back into table cells.
/// A run alone has many readings, so only cuts whose figures satisfy the template's own sums
/// are returned: the table's arithmetic, not a guess, decides which reading was printed.
///
/// Cells come in `blocks` of `width`; the last cell of each block is the sum of the others
/// (a requests row is one block of seven, the appeals table three blocks of five). With
/// `width` cells and no sum (`sums: false`) every cut without leading zeros is returned.
struct DigitRunSplitter: Sendable {
    let blocks: Int
    let width: Int
    var sums = true
    /// Splits kept at most; a run with more readings than this is not worth auditing.
    var limit = 10_000
    /// Search steps allowed before giving up, so a pathological run cannot stall a batch.
    var budget = 200_000

    /// Longer figures are not counts of anything and would overflow the sums.
    static let longestFigure = 15

    struct Result: Equatable, Sendable {
        var splits: [[Int]]
        /// The limit or the search budget was reached: `splits` is not the complete list.
        var capped: Bool
    }

    /// Every cut of `digits` (ASCII) into `blocks × width` cells whose sums hold, in order.
    func splits(of digits: [UInt8]) -> Result {
        var search = Search(digits: digits, splitter: self)
        search.block(0, at: 0)
        return Result(splits: search.found, capped: search.capped)
    }

    /// The union of the splits of each reading of a run, first reading first, without repeats.
    func splits(ofReadings readings: [[UInt8]]) -> Result {
        var result = Result(splits: [], capped: false)
        var seen = Set<[Int]>()
        for reading in readings {
            let next = splits(of: reading)
            result.capped = result.capped || next.capped
            for split in next.splits where seen.insert(split).inserted { result.splits.append(split) }
        }
        return result
    }
}

extension DigitRunSplitter {
    /// Depth-first search over cut positions; a block's total is computed, never cut, so each
    /// choice of parts leaves at most one way to continue.
    private struct Search {
        let digits: [UInt8]
        let splitter: DigitRunSplitter
        var found: [[Int]] = []
        var capped = false
        var steps = 0
        var cells: [Int] = []

        init(digits: [UInt8], splitter: DigitRunSplitter) {
            self.digits = digits
            self.splitter = splitter
        }

        mutating func block(_ block: Int, at position: Int) {
            guard block < splitter.blocks else {
                if position == digits.count { record() }
                return
            }
            part(0, block: block, at: position, sum: 0)
        }

        mutating func part(_ index: Int, block: Int, at position: Int, sum: Int) {
            guard !stop() else { return }
            let partsInBlock = splitter.sums ? splitter.width - 1 : splitter.width
            if index == partsInBlock {
                splitter.sums ? total(sum, block: block, at: position) : self.block(block + 1, at: position)
                return
            }
            var length = 1
            while let value = figure(at: position, length: length), fits(after: position + length, index: index, block: block, sum: sum + value) {
                if !overflows(after: position + length, index: index, block: block) {
                    cells.append(value)
                    part(index + 1, block: block, at: position + length, sum: sum + value)
                    cells.removeLast()
                }
                length += 1
            }
        }

        /// The block's last cell must be printed as the sum of its parts, digit for digit.
        mutating func total(_ sum: Int, block: Int, at position: Int) {
            let printed = Array(String(sum).utf8)
            guard ByteScanning.hasPrefix(digits, printed, at: position) else { return }
            cells.append(sum)
            self.block(block + 1, at: position + printed.count)
            cells.removeLast()
        }

        /// The figure of `length` digits at `position`, or nil past the end, for a leading zero
        /// or for a figure too long to be a count.
        func figure(at position: Int, length: Int) -> Int? {
            guard length <= DigitRunSplitter.longestFigure, position + length <= digits.count else { return nil }
            guard length == 1 || digits[position] != UInt8(ascii: "0") else { return nil }
            return digits[position..<(position + length)].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        }

        /// Whether the digits left can still hold the remaining cells: one digit per part, the
        /// block's total at least as long as the sum so far, and every later block.
        func fits(after position: Int, index: Int, block: Int, sum: Int) -> Bool {
            let partsLeft = (splitter.sums ? splitter.width - 2 : splitter.width - 1) - index
            let totalDigits = splitter.sums ? String(sum).utf8.count : 0
            let laterBlocks = (splitter.blocks - block - 1) * splitter.width
            return digits.count - position >= partsLeft + totalDigits + laterBlocks
        }

        /// Whether more digits are left than the remaining cells could hold at their longest,
        /// which a longer part may still fix; this keeps a run far too long to be a row instant.
        func overflows(after position: Int, index: Int, block: Int) -> Bool {
            let longest = DigitRunSplitter.longestFigure
            let partsLeft = (splitter.sums ? splitter.width - 2 : splitter.width - 1) - index
            let totalDigits = splitter.sums ? longest + 2 : 0
            let perBlock = splitter.sums ? (splitter.width - 1) * longest + longest + 2 : splitter.width * longest
            return digits.count - position > partsLeft * longest + totalDigits + (splitter.blocks - block - 1) * perBlock
        }

        mutating func record() {
            found.append(cells)
            if found.count >= splitter.limit { capped = true }
        }

        mutating func stop() -> Bool {
            steps += 1
            if steps > splitter.budget { capped = true }
            return capped
        }
    }
}
