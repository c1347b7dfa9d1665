/// Reports a broken invariant and traps, so libFuzzer records the input as a crash and writes it out.
public func fuzzFailure(_ message: String, input: String) -> Never {
    fatalError("\(message); input: \(input.debugDescription)")
}
