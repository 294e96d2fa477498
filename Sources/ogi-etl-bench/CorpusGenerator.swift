import Foundation
import OGIFixtures
import OGISchema

/// Writes a corpus of reports whose every cell is known: varied values that satisfy the
/// template's identities, both editions, every layout in turn, and a distinct agency per report
/// so the across-report rules find no duplicates and the verifier can key rows by agency.
struct CorpusGenerator {
    let directory: String

    /// Reports per sub-directory, as a collection sorted by region would have.
    static let filesPerDirectory = 1000
    private static let digits = Array("〇一二三四五六七八九")

    func generate(count: Int) throws -> (bytes: Int, cells: Int) {
        let reports = directory + "/reports"
        try FileManager.default.createDirectory(atPath: reports, withIntermediateDirectories: true)
        var expected: [String] = []
        var bytes = 0
        for index in 0..<count {
            let fixture = Self.fixture(index)
            let renderings = fixture.renderAll()
            let rendering = renderings[index % renderings.count]
            let folder = reports + String(format: "/%04d", index / Self.filesPerDirectory)
            if index % Self.filesPerDirectory == 0 { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            let data = Data(rendering.text.utf8)
            try data.write(to: URL(fileURLWithPath: folder + String(format: "/%07d-%@.%@", index, rendering.layout, rendering.fileExtension)))
            bytes += data.count
            expected += ExpectedCells.lines(of: fixture)
        }
        try Data((expected.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: directory + "/expected.tsv"))
        return (bytes, expected.count)
    }

    /// Editions alternate; years stay within each edition's period.
    static func fixture(_ index: Int) -> ReportFixture {
        let edition: TemplateEdition = index.isMultiple(of: 2) ? .edition2021 : .edition2019
        var fixture = ReportFixture.sample(edition: edition, seed: index + 1)
        fixture.agency = "测试" + String(String(index).map { digits[Int(String($0)) ?? 0] }) + "县卫生健康局"
        fixture.year = edition == .edition2021 ? 2021 + index % 4 : 2019 + index % 2
        return fixture
    }
}
