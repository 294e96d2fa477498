import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One program started with `posix_spawn` as the leader of a new process group, waited for
/// with `waitpid`, and stopped together with everything it started.
struct SpawnedProcess {
    struct Failure: Error {
        let reason: String
    }

    let pid: pid_t

    static func start(_ executable: String, _ arguments: [String], standardOutput: Int32, standardError: Int32) -> Result<SpawnedProcess, Failure> {
        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t?
        var attributes: posix_spawnattr_t?
        #else
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, standardOutput, 1)
        posix_spawn_file_actions_adddup2(&actions, standardError, 2)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        guard code == 0 else { return .failure(Failure(reason: String(cString: strerror(code)))) }
        return .success(SpawnedProcess(pid: pid))
    }

    /// The exit status (128 + signal number if a signal ended it), or nil at the deadline.
    func waitForExit(seconds: Int) -> Int32? {
        let deadline = Date().addingTimeInterval(Double(seconds))
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { return Self.exitStatus(status) }
            if result < 0, errno != EINTR { return -1 }
            if Date() >= deadline { return nil }
            usleep(10_000)
        }
    }

    /// SIGTERM to the whole group so every program in it can clean up, SIGKILL to whatever is
    /// left two seconds later.
    func stop() {
        signalGroup(SIGTERM)
        guard waitForExit(seconds: 2) == nil else { return }
        signalGroup(SIGKILL)
        _ = waitForExit(seconds: 2)
    }

    /// Also used after a normal exit, to end helpers the program left behind in its group.
    func signalGroup(_ signal: Int32) {
        kill(-pid, signal)
    }

    private static func exitStatus(_ status: Int32) -> Int32 {
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }
}
