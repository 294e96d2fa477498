import Foundation
import OGISchema

/// `manifest.json`: what produced the output and a checksum per file, so a downstream load can
/// verify it read a complete, unaltered run. It holds no timestamps: same inputs, same bytes.
struct Manifest: Codable, Equatable {
    struct FileEntry: Codable, Equatable {
        var name: String
        var rows: Int
        var sha256: String
    }

    var tool = "ogi-etl"
    var toolVersion: String
    var schemaVersion: Int
    var configSHA256: String
    var inputCount: Int
    var files: [FileEntry]

    enum CodingKeys: String, CodingKey {
        case tool
        case toolVersion = "tool_version"
        case schemaVersion = "schema_version"
        case configSHA256 = "config_sha256"
        case inputCount = "input_count"
        case files
    }

    static func build(files: [FileEntry], configBytes: [UInt8], inputCount: Int) -> Manifest {
        Manifest(toolVersion: ogiETLVersion, schemaVersion: canonicalSchemaVersion,
                        configSHA256: SHA256.hexDigest(configBytes), inputCount: inputCount, files: files)
    }

    func write(to directory: String) throws(ETLError) {
        let path = directory + "/manifest.json"
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            var data = try encoder.encode(self)
            data.append(0x0A)
            try data.write(to: URL(fileURLWithPath: path))
        } catch {
            throw .outputUnwritable(path: path, reason: error.localizedDescription)
        }
    }
}

/// The version written into every manifest.
public let ogiETLVersion = "0.1.0"
