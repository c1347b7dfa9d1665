/// libFuzzer's bytes as the UTF-8 text a user's file would decode to (invalid sequences become U+FFFD).
public func fuzzText(_ data: UnsafePointer<UInt8>?, _ count: Int) -> String {
    String(decoding: fuzzBytes(data, count), as: UTF8.self)
}

/// libFuzzer's bytes as a buffer (libFuzzer may pass no pointer for an empty input).
public func fuzzBytes(_ data: UnsafePointer<UInt8>?, _ count: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: count > 0 ? data : nil, count: count)
}
