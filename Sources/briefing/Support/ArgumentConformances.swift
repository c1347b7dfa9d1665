import ArgumentParser
import FactStore

extension DiffFormatter.Format: ExpressibleByArgument {}
