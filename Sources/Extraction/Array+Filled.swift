extension Array {
    /// `count` copies of `value`, like `Array(repeating:count:)` but allocated through `reserveCapacity`.
    ///
    /// `Array(repeating:count:)`, `Array(unsafeUninitializedCapacity:)` and `map` allocate through a standard-library
    /// entry point that is never specialized (`_allocateBufferUninitialized`), which looks up the generic metadata
    /// of the array's storage class at every call (some 500 instructions); `reserveCapacity` is specialized here and
    /// reads that metadata from a cache. Per-document arrays are made this way.
    @inline(__always)
    init(filled value: Element, count: Int) {
        self.init()
        reserveCapacity(count)
        append(contentsOf: repeatElement(value, count: count))
    }
}
