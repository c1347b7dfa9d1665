import CLibFuzzer

/// Runs libFuzzer on `test` with this process's arguments, and returns its exit status.
///
/// SwiftPM links every executable target with `--defsym main=<Module>_main`, so `main.swift`'s own entry
/// replaces libFuzzer's `main`; this hands control to libFuzzer's driver as its `main` would.
public func runLibFuzzer(_ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt {
    var count = CommandLine.argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    return LLVMFuzzerRunDriver(&count, &arguments, test)
}
