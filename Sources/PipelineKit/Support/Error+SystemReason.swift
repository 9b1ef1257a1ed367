import Foundation

extension Error {
    /// Why a file operation failed, in the system's words: the POSIX reason underneath a
    /// Foundation error (`Not a directory`, `No space left on device`), else Foundation's own
    /// failure reason. On Linux a Foundation file error's description is often only
    /// "The operation could not be completed. (NSCocoaErrorDomain error 512.)", which tells a
    /// learner nothing.
    public var systemReason: String {
        let underlying = (self as NSError).userInfo[NSUnderlyingErrorKey] as? Error
        if let posix = (underlying ?? self) as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        let error = (underlying ?? self) as NSError
        if error.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(error.code))) }
        return (self as NSError).localizedFailureReason ?? localizedDescription
    }
}
