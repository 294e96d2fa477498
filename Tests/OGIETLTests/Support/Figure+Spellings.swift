@testable import OGIETL

/// Records hold `Figure`s; the fixtures and most expectations are written as the text a
/// report prints, so tests compare spellings.
extension Array where Element == Figure? {
    var spellings: [String?] { map { $0?.description } }
}

extension Array where Element == String? {
    var figures: [Figure?] { map { $0.map { Figure(spelling: $0.utf8) } } }
}
