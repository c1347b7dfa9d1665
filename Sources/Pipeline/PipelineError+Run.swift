extension PipelineError.Code {
    /// The store holds no successful run to report or compare.
    public static let noRuns = PipelineError.Code("noRuns")
    /// A source could not be read or fetched, and no earlier copy exists.
    public static let sourceFailed = PipelineError.Code("sourceFailed")
}
