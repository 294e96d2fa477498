import Foundation

extension PipelineConfig {
    /// JSONDecoder ignores keys it does not know, so a misspelt optional setting or a key copied
    /// from another tool's config would be silently dropped. Every key the file holds must
    /// survive a decode–encode round trip; the first one that does not is reported.
    static func rejectUnknownKeys(in data: Data, decoded config: PipelineConfig, path: String) throws(ETLError) {
        guard let given = try? JSONSerialization.jsonObject(with: data),
              let encoded = try? JSONEncoder().encode(config),
              let known = try? JSONSerialization.jsonObject(with: encoded) else { return }
        if let unknown = firstUnknownKey(given: given, known: known, path: []) {
            throw .configUnknownKey(path: path, key: unknown.key, known: unknown.known)
        }
    }

    private static func firstUnknownKey(given: Any, known: Any, path: [String]) -> (key: String, known: [String])? {
        if let object = given as? [String: Any], let knownObject = known as? [String: Any] {
            return firstUnknownKey(in: object, known: knownObject, path: path)
        }
        if let array = given as? [Any], let knownArray = known as? [Any] {
            for (index, pair) in zip(array, knownArray).enumerated() {
                if let found = firstUnknownKey(given: pair.0, known: pair.1, path: path + ["[\(index)]"]) { return found }
            }
        }
        return nil
    }

    private static func firstUnknownKey(in object: [String: Any], known: [String: Any], path: [String]) -> (key: String, known: [String])? {
        for key in object.keys.sorted() {
            guard let knownValue = known[key], let value = object[key] else {
                return (dotted(path + [key]), known.keys.sorted())
            }
            if let found = firstUnknownKey(given: value, known: knownValue, path: path + [key]) { return found }
        }
        return nil
    }

    private static func dotted(_ path: [String]) -> String {
        path.joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
    }
}
