/// How the running binary was compiled, which decides what its timings mean: a debug build
/// runs the same code 10–25 times slower than a release build.
public enum BuildConfiguration: String, Sendable {
    case debug
    case release

    /// This binary's configuration.
    public static var current: BuildConfiguration {
        #if DEBUG
        return .debug
        #else
        return .release
        #endif
    }
}
