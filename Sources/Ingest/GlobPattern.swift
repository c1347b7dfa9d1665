/// One path component of a glob: `*` (any run), `?` (any one character), `[abc]`, `[a-z]`, `[!a-z]` / `[^a-z]`,
/// and `\` to take the next character literally. An unclosed `[` is a literal, as in glob(3).
struct GlobPattern: Sendable {
    private enum Token: Sendable {
        case literal(Character)
        case any
        case star
        case set(negated: Bool, ranges: [ClosedRange<Character>])
    }

    private let tokens: [Token]
    /// Whether the pattern starts with a dot, so that it may match hidden entries.
    let matchesHidden: Bool

    /// Parses one component.
    init(_ component: Substring) {
        var tokens: [Token] = []
        let characters = Array(component)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "*":
                if case .star = tokens.last {} else { tokens.append(.star) }
            case "?":
                tokens.append(.any)
            case "\\" where index + 1 < characters.count:
                index += 1
                tokens.append(.literal(characters[index]))
            case "[":
                if let (set, next) = Self.parseSet(characters, from: index + 1) {
                    tokens.append(set)
                    index = next
                    continue
                }
                tokens.append(.literal("["))
            default:
                tokens.append(.literal(character))
            }
            index += 1
        }
        self.tokens = tokens
        matchesHidden = component.hasPrefix(".")
    }

    /// True when `component` contains glob syntax.
    static func hasWildcards(_ component: Substring) -> Bool {
        component.contains { $0 == "*" || $0 == "?" || $0 == "[" }
    }

    private static func parseSet(_ characters: [Character], from start: Int) -> (Token, Int)? {
        var index = start
        var negated = false
        if index < characters.count, characters[index] == "!" || characters[index] == "^" {
            negated = true
            index += 1
        }
        var ranges: [ClosedRange<Character>] = []
        var first = true
        while index < characters.count {
            let character = characters[index]
            if character == "]", !first { return (.set(negated: negated, ranges: ranges), index + 1) }
            first = false
            if index + 2 < characters.count, characters[index + 1] == "-", characters[index + 2] != "]",
               character <= characters[index + 2] {
                ranges.append(character ... characters[index + 2])
                index += 3
            } else {
                ranges.append(character ... character)
                index += 1
            }
        }
        return nil
    }

    /// Whether `name` (one path component) matches; hidden names only match patterns that start with a dot.
    func matches(_ name: some StringProtocol) -> Bool {
        let characters = Array(name)
        if characters.first == ".", !matchesHidden { return false }
        var nameIndex = 0
        var tokenIndex = 0
        var backtrack: (token: Int, name: Int)?
        while nameIndex < characters.count {
            if tokenIndex < tokens.count {
                switch tokens[tokenIndex] {
                case .star:
                    backtrack = (tokenIndex, nameIndex)
                    tokenIndex += 1
                    continue
                case .any:
                    tokenIndex += 1
                    nameIndex += 1
                    continue
                case .literal(let expected) where expected == characters[nameIndex]:
                    tokenIndex += 1
                    nameIndex += 1
                    continue
                case .set(let negated, let ranges) where ranges.contains { $0.contains(characters[nameIndex]) } != negated:
                    tokenIndex += 1
                    nameIndex += 1
                    continue
                default:
                    break
                }
            }
            guard let (starToken, starName) = backtrack else { return false }
            backtrack = (starToken, starName + 1)
            tokenIndex = starToken + 1
            nameIndex = starName + 1
        }
        while tokenIndex < tokens.count, case .star = tokens[tokenIndex] { tokenIndex += 1 }
        return tokenIndex == tokens.count
    }
}
