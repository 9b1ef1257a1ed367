import Foundation
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// The terminal's width: `COLUMNS`, then the window size of the terminal, then 80.
enum TerminalWidth {
static let fallback = 80
static let minimum = 20

static func resolve(environment: [String: String], ioctlWidth: Int?) -> Int {
        if let text = environment["COLUMNS"], let columns = Int(text), columns > 0 { return max(minimum, columns) }
        if let ioctlWidth, ioctlWidth > 0 { return max(minimum, ioctlWidth) }
        return fallback
    }

    /// The window width of the terminal on `fileDescriptor`, or nil when it is not a terminal.
static func ioctlWidth(fileDescriptor: Int32) -> Int? {
        #if canImport(Glibc)
        var size = winsize()
        guard ioctl(fileDescriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
        #else
        return nil
        #endif
    }

    /// The window height (rows) of the terminal on `fileDescriptor`: `LINES`, then the window
    /// size; nil when it is not a terminal.
    static func height(environment: [String: String], fileDescriptor: Int32) -> Int? {
        if let text = environment["LINES"], let lines = Int(text), lines > 0 { return lines }
        #if canImport(Glibc)
        var size = winsize()
        guard ioctl(fileDescriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return nil }
        return Int(size.ws_row)
        #else
        return nil
        #endif
    }
}
