import BriefingModel

/// Reads sources into `Document`s.
public enum Ingest {}
