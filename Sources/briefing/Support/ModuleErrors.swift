/// Which module errors mean bad input (exit 2) rather than a failed run (exit 1).
enum ModuleErrors {
    static func exitCode(for error: any Error) -> Int32 {
        1
    }
}
