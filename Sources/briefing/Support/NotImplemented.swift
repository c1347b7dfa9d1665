/// The failure of a subcommand that a later milestone completes: says so and exits 1, never a silent 0.
func notImplementedYet(_ command: String) -> CommandFailure {
    .failed("'\(command)' is not implemented yet in this version of briefing")
}
