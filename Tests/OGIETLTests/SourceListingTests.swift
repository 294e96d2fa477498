import XCTest
@testable import OGIETL

/// The listing is sorted on disk when it outgrows its memory budget; the order must be the
/// order of the paths' bytes either way, with every file's time and size.
final class SourceListingTests: XCTestCase {
    /// Paths where byte order differs from directory-by-directory order ("a.txt" < "a/…")
    /// and from character order, in a scrambled arrival order.
    private let paths: [String] = {
        var paths = ["a.txt", "a/b.txt", "a/a.txt", "a-b.txt", "B.txt", "中文/报告.txt", "z/年报 2021.html", "é.md"]
        for index in 0..<300 { paths.append("d\(index % 7)/report-\(String(index * 7919 % 1000)).txt") }
        return paths.enumerated().sorted { ($0.offset * 7_368_787) % 311 < ($1.offset * 7_368_787) % 311 }.map(\.element)
    }()

    private func list(budget: Int) throws -> SourceFileList {
        var sorter = SourceFileSorter(scratch: try TestSupport.temporaryDirectory(), budget: budget)
        for (index, path) in paths.enumerated() { try sorter.add(relativePath: path, modified: index, size: path.utf8.count) }
        return try sorter.list(root: "/in")
    }

    func testListSortedInManyRunsIsInPathByteOrderWithEveryTimeAndSize() throws {
        let sorted = try list(budget: 600)
        let expected = paths.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        XCTAssertEqual(sorted.map(\.relativePath), expected)
        XCTAssertEqual(Array(sorted.map(\.relativePath).prefix(5)), ["B.txt", "a-b.txt", "a.txt", "a/a.txt", "a/b.txt"])
        for file in sorted {
            let arrival = try XCTUnwrap(paths.firstIndex(of: file.relativePath))
            XCTAssertEqual([file.modified, file.size], [arrival, file.relativePath.utf8.count], file.relativePath)
            XCTAssertEqual(file.absolutePath, "/in/" + file.relativePath)
        }
    }

    func testListSortedInMemoryEqualsListSortedInRuns() throws {
        let inMemory = try list(budget: SourceFileSorter.defaultBudget)
        let inRuns = try list(budget: 600)
        XCTAssertEqual(Array(inMemory), Array(inRuns))
        XCTAssertEqual(inMemory.count, paths.count)
        XCTAssertEqual(inMemory.relativePath(3), inRuns[3].relativePath)
    }

    func testScratchFilesLeaveNoNameBehind() throws {
        let scratch = try TestSupport.temporaryDirectory()
        var sorter = SourceFileSorter(scratch: scratch, budget: 100)
        for path in paths { try sorter.add(relativePath: path, modified: 0, size: 0) }
        let list = try sorter.list(root: "/in")
        XCTAssertEqual(list.count, paths.count)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: scratch), [])
    }

    /// A directory entry as `readdir` may leave it: a short record, packed to its name's
    /// length, ending where the next page is unreadable. Reading the name must stop at the
    /// name's end; reading the declared 256 bytes faults, and takes the whole run down.
    func testEntryNameIsReadWithinItsRecordWhenTheRecordEndsAPage() throws {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let mapping = try XCTUnwrap(mmap(nil, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0))
        XCTAssertNotEqual(mapping, MAP_FAILED)
        defer { munmap(mapping, 2 * page) }
        XCTAssertEqual(mprotect(mapping + page, page, PROT_NONE), 0)
        let nameOffset = try XCTUnwrap(MemoryLayout<dirent>.offset(of: \dirent.d_name))
        let name = Array("年报-0005170.txt".utf8) + [0]
        let recordLength = (nameOffset + name.count + 7) / 8 * 8
        let record = mapping + page - recordLength
        name.withUnsafeBytes { (record + nameOffset).copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        let entry = record.bindMemory(to: dirent.self, capacity: 1)
        XCTAssertEqual(SourceDiscovery.name(of: entry), "年报-0005170.txt")
    }
}
