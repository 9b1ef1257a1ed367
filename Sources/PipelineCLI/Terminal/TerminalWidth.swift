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
        windowSize(fileDescriptor: fileDescriptor).flatMap { $0.ws_col > 0 ? Int($0.ws_col) : nil }
    }

    /// The window height (rows) of the terminal on `fileDescriptor`: `LINES`, then the window
    /// size; nil when it is not a terminal.
    static func height(environment: [String: String], fileDescriptor: Int32) -> Int? {
        if let text = environment["LINES"], let lines = Int(text), lines > 0 { return lines }
        return windowSize(fileDescriptor: fileDescriptor).flatMap { $0.ws_row > 0 ? Int($0.ws_row) : nil }
    }

    #if canImport(Glibc)
    /// The window size of the terminal on `fileDescriptor` (`ioctl(TIOCGWINSZ)`), or nil when it
    /// is not a terminal.
    private static func windowSize(fileDescriptor: Int32) -> winsize? {
        var size = winsize()
        return ioctl(fileDescriptor, UInt(TIOCGWINSZ), &size) == 0 ? size : nil
    }
    #else
    private static func windowSize(fileDescriptor: Int32) -> (ws_col: UInt16, ws_row: UInt16)? { nil }
    #endif
}
