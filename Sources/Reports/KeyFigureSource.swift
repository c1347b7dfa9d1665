/// How a key figure's source is named in the tables.
enum KeyFigureSource {
    /// The figure's own source text, else the title of the document its latest value comes from.
    static func name(_ figure: KeyFigure, documents: [String: ReportDocument]) -> String? {
        if let source = figure.source, !source.isEmpty { return source }
        guard let document = figure.latest?.document else { return nil }
        return documents[document]?.displayTitle ?? document
    }
}
