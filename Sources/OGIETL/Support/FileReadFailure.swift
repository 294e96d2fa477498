import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The operating system's own words for why a file could not be read ("No such file or
/// directory", "Permission denied"), which operators recognise, rather than Foundation's.
enum FileReadFailure {
    static func reason(path: String, error: any Error) -> String {
        if access(path, R_OK) != 0 { return String(cString: strerror(errno)) }
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { return String(cString: strerror(EISDIR)) }
        return (error as NSError).localizedDescription
    }
}
