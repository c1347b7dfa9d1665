/// The phrases of a `PhraseTable` as a trie over their elements, its edges in one open-addressing table keyed by
/// (node, element). A match walks the tokens once, one probe per token, instead of comparing each candidate phrase
/// from its start; nothing is retained or released on the way.
struct PhraseTrie: Sendable {
    /// One edge: from `parent` over `element` to `child` (0 marks an empty slot: the root is nobody's child).
    private struct Edge {
        var element: UInt64
        var parent: UInt32
        var child: UInt32
    }

    private var edges: [Edge]
    private let mask: Int
    /// For each node: one more than the index of the phrase that ends there (0: none), shifted left by one, and
    /// in the low bit whether the node has children (a walk stops at a leaf without probing the next token).
    private var nodes: [Int32]

    /// Builds the trie of `phrases` (element lists); a phrase given twice keeps its first index.
    init(_ phrases: [[UInt64]]) {
        let edgeCount = phrases.reduce(0) { $0 + $1.count }
        var capacity = 16
        while capacity < edgeCount * 4 { capacity <<= 1 }
        edges = [Edge](repeating: Edge(element: 0, parent: 0, child: 0), count: capacity)
        mask = capacity - 1
        nodes = [0]
        for (index, elements) in phrases.enumerated() where !elements.isEmpty {
            var node: UInt32 = 0
            for element in elements {
                node = child(of: node, over: element) ?? addEdge(from: node, over: element)
            }
            if nodes[Int(node)] >> 1 == 0 { nodes[Int(node)] |= Int32(index + 1) << 1 }
        }
    }

    @inline(__always)
    private func slot(_ node: UInt32, _ element: UInt64) -> Int {
        let x = element ^ (UInt64(node) &* 0x9E37_79B9_7F4A_7C15)
        return Int(truncatingIfNeeded: x ^ (x >> 29)) & mask
    }

    private mutating func addEdge(from node: UInt32, over element: UInt64) -> UInt32 {
        let child = UInt32(nodes.count)
        nodes.append(0)
        nodes[Int(node)] |= 1
        var i = slot(node, element)
        while edges[i].child != 0 { i = (i + 1) & mask }
        edges[i] = Edge(element: element, parent: node, child: child)
        return child
    }

    /// The node reached from `node` over `element`, or nil.
    @inline(__always)
    func child(of node: UInt32, over element: UInt64) -> UInt32? {
        var i = slot(node, element)
        return edges.withUnsafeBufferPointer { table in
            while true {
                let edge = table[i]
                if edge.child == 0 { return nil }
                if edge.element == element && edge.parent == node { return edge.child }
                i = (i + 1) & mask
            }
        }
    }

    /// The index of the phrase that ends at `node`, or -1.
    @inline(__always)
    func phraseEnding(at node: UInt32) -> Int { Int(nodes[Int(node)] >> 1) - 1 }

    /// True when some phrase goes on past `node`.
    @inline(__always)
    func hasChildren(_ node: UInt32) -> Bool { nodes[Int(node)] & 1 != 0 }
}
