/// The reports found under the input directory, in path order. Held for the whole run, so it
/// is stored compactly: every relative path in one byte buffer, and the size and time of each
/// file in plain integer arrays, about 50 bytes a file instead of two Strings and a struct.
public struct SourceFileList: RandomAccessCollection, Sendable {
    public let root: String
    private var pathBytes: [UInt8] = []
    private var pathEnds: [Int] = []
    private var modifiedTimes: [Int] = []
    private var sizes: [Int] = []

    init(root: String) {
        self.root = root
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { pathEnds.count }

    public subscript(position: Int) -> SourceFile {
        let relative = relativePath(position)
        return SourceFile(relativePath: relative, absolutePath: root + "/" + relative,
                          modified: modifiedTimes[position], size: sizes[position])
    }

    public func relativePath(_ position: Int) -> String {
        String(decoding: pathBytes[pathRange(position)], as: UTF8.self)
    }

    mutating func append(relativePath: String, modified: Int, size: Int) {
        pathBytes.append(contentsOf: relativePath.utf8)
        pathEnds.append(pathBytes.count)
        modifiedTimes.append(modified)
        sizes.append(size)
    }

    /// The same files ordered by their relative paths' UTF-8 bytes, the order of every output.
    func sortedByPath() -> SourceFileList {
        let order = indices.sorted { pathBytes[pathRange($0)].lexicographicallyPrecedes(pathBytes[pathRange($1)]) }
        var sorted = SourceFileList(root: root)
        sorted.pathBytes.reserveCapacity(pathBytes.count)
        for position in order {
            sorted.pathBytes.append(contentsOf: pathBytes[pathRange(position)])
            sorted.pathEnds.append(sorted.pathBytes.count)
            sorted.modifiedTimes.append(modifiedTimes[position])
            sorted.sizes.append(sizes[position])
        }
        return sorted
    }

    private func pathRange(_ position: Int) -> Range<Int> {
        (position == 0 ? 0 : pathEnds[position - 1])..<pathEnds[position]
    }
}
