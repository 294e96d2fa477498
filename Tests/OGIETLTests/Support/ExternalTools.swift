import Foundation
import XCTest
@testable import OGIETL

/// The converters the PDF and old-Word tests need. On a developer machine without them those
/// tests are skipped; CI sets OGI_REQUIRE_TOOLS=1, so there a missing tool fails instead.
enum ExternalTools {
    struct Missing: Error, CustomStringConvertible {
        let tool: String
        var description: String { "'\(tool)' is required (OGI_REQUIRE_TOOLS=1) but was not found on PATH; .ci/run installs it." }
    }

    static func require(_ tool: String) throws -> String {
        if let path = ChildProcess.locate(tool) { return path }
        if ProcessInfo.processInfo.environment["OGI_REQUIRE_TOOLS"] == "1" { throw Missing(tool: tool) }
        throw XCTSkip("'\(tool)' is not installed (apt-get install poppler-utils libreoffice-writer-nogui fonts-noto-cjk)")
    }

    /// Converts `paths` with LibreOffice headless (`pdf`, `doc`) into their own directories,
    /// in one LibreOffice start, with a private profile so parallel test runs do not collide.
    static func convert(_ paths: [String], to format: String) throws -> [String] {
        let soffice = try require("soffice")
        let profile = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: profile) }
        let directory = ((paths.first ?? "") as NSString).deletingLastPathComponent
        let outcome = ChildProcess.run(soffice, ["-env:UserInstallation=file://\(profile)", "--headless", "--convert-to", format,
                                                 "--outdir", directory] + paths, timeoutSeconds: 300)
        let converted = paths.map { (($0 as NSString).deletingPathExtension as NSString).appendingPathExtension(format) ?? $0 }
        guard case .finished(0, _, _) = outcome, converted.allSatisfy(FileManager.default.fileExists(atPath:)) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: directory])
        }
        return converted
    }

    /// An executable shell script standing in for a converter, for failure paths.
    static func script(_ body: String) throws -> String {
        let path = try TestSupport.temporaryDirectory() + "/tool.sh"
        try Data("#!/bin/sh\n\(body)\n".utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }
}
