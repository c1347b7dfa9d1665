import BriefingModel

/// The model's stable FNV-1a hash, named for use inside the store.
typealias StableHashing = StableHash
