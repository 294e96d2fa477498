import XCTest
@testable import OGIETL

/// Configuration mistakes stop the run with one message that names the file and the key.
final class ConfigTests: XCTestCase {
    private func write(_ json: String) throws -> String {
        let path = try TestSupport.temporaryDirectory() + "/pipeline.json"
        try Data(json.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func editedConfig(_ edit: (inout [String: Any]) -> Void) throws -> String {
        let data = try Data(contentsOf: URL(fileURLWithPath: TestSupport.configPath))
        guard var object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { throw CocoaError(.fileReadCorruptFile) }
        edit(&object)
        return try write(String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
    }

    private func loadError(_ path: String) -> String? {
        do {
            _ = try PipelineConfig.load(path: path)
            return nil
        } catch {
            return error.description
        }
    }

    func testRepositoryConfigLoads() throws {
        XCTAssertEqual(try PipelineConfig.load(path: TestSupport.configPath).config.output.gzipLevel, 6)
    }

    func testMissingFileNamesThePath() {
        XCTAssertEqual(loadError("/nonexistent/pipeline.json"),
                       "The configuration file '/nonexistent/pipeline.json' could not be read: No such file or directory. Pass --config with the path to pipeline.json.")
    }

    func testUnknownKeyIsRejectedWithTheKnownKeysBesideIt() throws {
        let path = try editedConfig { $0["output"] = ["gzipLevel": 6, "workers": 0, "protectFormulas": true, "gzipLevle": 9] }
        XCTAssertEqual(loadError(path), "The configuration file '\(path)' has an unknown key 'output.gzipLevle'; the keys allowed beside it are 'gzipLevel', 'protectFormulas', 'workers'. Correct its spelling or remove it.")
    }

    func testUnknownKeyInsideAListNamesItsIndex() throws {
        let path = try editedConfig { config in
            var applications = config["applications"] as? [String: Any] ?? [:]
            var rows = applications["rows"] as? [[String: Any]] ?? []
            rows[1]["label"] = ["上年结转"]
            applications["rows"] = rows
            config["applications"] = applications
        }
        XCTAssertEqual(loadError(path), "The configuration file '\(path)' has an unknown key 'applications.rows[1].label'; the keys allowed beside it are 'labels', 'row'. Correct its spelling or remove it.")
    }

    func testWrongTypeNamesTheKey() throws {
        let path = try editedConfig { $0["output"] = ["gzipLevel": "six", "workers": 0, "protectFormulas": true] }
        XCTAssertEqual(loadError(path), "The configuration file '\(path)' has an invalid value at 'output.gzipLevel': expected a value of type Int. Fix that key or copy it from the pipeline.json in the repository.")
    }

    func testOutOfRangeLevelIsRefused() throws {
        let path = try editedConfig { $0["output"] = ["gzipLevel": 12, "workers": 0, "protectFormulas": true] }
        XCTAssertEqual(loadError(path), "The configuration file '\(path)' has an invalid value at 'output.gzipLevel': expected a whole number from 0 to 9, found 12. Fix that key or copy it from the pipeline.json in the repository.")
    }

    func testUnknownColumnCodeIsRefused() throws {
        let path = try editedConfig { object in
            var active = object["activeDisclosure"] as? [String: Any] ?? [:]
            active["columns"] = [["column": "issues", "edition": "2021", "labels": ["本年制发件数"]]]
            object["activeDisclosure"] = active
        }
        XCTAssertEqual(loadError(path)?.hasPrefix("The configuration file '\(path)' has an invalid value at 'activeDisclosure.columns[0].column': expected one of the known names"), true)
    }

    func testNotJSONIsRefused() throws {
        let path = try write("{ not json")
        XCTAssertEqual(loadError(path), "The configuration file '\(path)' could not be read: it is not valid JSON. Pass --config with the path to pipeline.json.")
    }

    func testANewHeadingVariantIsAConfigChange() throws {
        let text = "某局2022年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年新发文件数\t本年废止件数\t现行有效件数\n规章\t4\t1\t9\n"
        let before = TestSupport.normalize(text)
        XCTAssertEqual(before.activeLines, [])
        XCTAssertEqual(before.findings.map(\.rule), ["columns.unrecognised", "table.missing", "table.missing", "table.missing"])
        var config = TestSupport.config
        config.activeDisclosure.columns.append(.init(column: .issued, edition: .edition2021, labels: ["本年新发文件数"]))
        let after = ReportNormalizer(config: config).normalize(text: Array(text.utf8))
        XCTAssertEqual(after.activeLines, ["regulations 规章: issued=4 repealed=1 in_force=9"])
    }

    func testUnitsNeedAShiftInRangeAndTheColumnsOwnUnit() throws {
        func edited(_ units: [[String: Any]]) throws -> String {
            try editedConfig { object in
                var text = object["text"] as? [String: Any] ?? [:]
                text["units"] = units
                object["text"] = text
            }
        }
        let farShift = try edited([["unit": "万元", "shift": 0], ["unit": "元", "shift": -40]])
        XCTAssertEqual(loadError(farShift), "The configuration file '\(farShift)' has an invalid value at 'text.units[1].shift': expected a whole number from -12 to 12, found -40. Fix that key or copy it from the pipeline.json in the repository.")
        let digits = try edited([["unit": "万元", "shift": 0], ["unit": "10元", "shift": -3]])
        XCTAssertEqual(loadError(digits), "The configuration file '\(digits)' has an invalid value at 'text.units[1].unit': expected one to four characters without digits, found '10元'. Fix that key or copy it from the pipeline.json in the repository.")
        let noBase = try edited([["unit": "元", "shift": -4]])
        XCTAssertEqual(loadError(noBase), "The configuration file '\(noBase)' has an invalid value at 'text.units': expected one unit with shift 0, the unit the amount column is counted in. Fix that key or copy it from the pipeline.json in the repository.")
    }

    func testConverterTimeoutMustBePositive() throws {
        let path = try editedConfig { $0["tools"] = ["pdftotext": "pdftotext", "libreoffice": "soffice", "timeoutSeconds": 0] }
        XCTAssertEqual(loadError(path), "The configuration file '\(path)' has an invalid value at 'tools.timeoutSeconds': expected a number of seconds from 1 to 86400, found 0. Fix that key or copy it from the pipeline.json in the repository.")
    }

    func testEmptyToolNameIsRefused() throws {
        let path = try editedConfig { $0["tools"] = ["pdftotext": "", "libreoffice": "soffice", "timeoutSeconds": 60] }
        XCTAssertEqual(loadError(path), "The configuration file '\(path)' has an invalid value at 'tools.pdftotext': expected a program name or path, found an empty string. Fix that key or copy it from the pipeline.json in the repository.")
    }

    func testUnknownFormatIsRefusedAndAnEmptySelectionToo() throws {
        func withFormats(_ formats: [String]) throws -> String {
            try editedConfig { object in
                var files = object["files"] as? [String: Any] ?? [:]
                files["formats"] = formats
                object["files"] = files
            }
        }
        let unknown = try withFormats(["text", "rtf"])
        XCTAssertEqual(loadError(unknown)?.hasPrefix("The configuration file '\(unknown)' has an invalid value at 'files.formats[1]': expected one of the known names"), true)
        let empty = try withFormats([])
        XCTAssertEqual(loadError(empty), "The configuration file '\(empty)' has an invalid value at 'files.formats': expected at least one of text, markdown, html, docx, pdf, doc, wps. Fix that key or copy it from the pipeline.json in the repository.")
    }

    func testRepositoryConfigReadsEveryFormatWithToolsFromPATH() throws {
        let config = try PipelineConfig.load(path: TestSupport.configPath).config
        XCTAssertEqual(config.files.formats, SourceFormat.allCases)
        XCTAssertEqual(config.tools, .standard)
        XCTAssertEqual(config.files.include, ["*.txt", "*.md", "*.markdown", "*.html", "*.htm", "*.docx", "*.pdf", "*.doc", "*.wps"])
    }

    func testFormatNamesAcceptTheFileExtensionsUsersThinkIn() {
        XCTAssertEqual(["txt", "md", "htm", "HTML", "docx", "pdf", "doc", "wps", "markdown"].map(SourceFormat.init(name:)),
                       [.text, .markdown, .html, .html, .docx, .pdf, .doc, .wps, .markdown])
        XCTAssertNil(SourceFormat(name: "rtf"))
        XCTAssertEqual(["a/b.PDF", "x.Docx", "report", "notes.csv", "page.htm"].map { SourceFile(relativePath: $0, absolutePath: $0).format },
                       [.pdf, .docx, .text, .text, .html])
    }

    /// Read from the name's last extension, in any case; a dot in a folder's name is no
    /// extension, and one the formats do not name reads as text.
    func testAFilesFormatIsItsExtensionInAnyCase() {
        let paths = ["notes.markdown", "NOTES.MD", "x.TEXT", "a.b/report", "page.HtMl", "x.ＴＸＴ", "x.pdfx", "x.", ".wps", "a.doc.txt"]
        XCTAssertEqual(paths.map(SourceFormat.init(path:)), [.markdown, .markdown, .text, .text, .html, .text, .text, .text, .wps, .text])
    }
}
