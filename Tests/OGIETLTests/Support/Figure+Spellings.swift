@testable import OGIETL

/// Records hold `Figure`s; the fixtures and most expectations are written as the text a
/// report prints, so tests compare spellings.
extension Array where Element == Figure? {
    var spellings: [String?] { map { $0?.description } }
}
