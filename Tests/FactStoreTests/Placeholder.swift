import Testing
@testable import FactStore
