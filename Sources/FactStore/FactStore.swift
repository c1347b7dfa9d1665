import BriefingModel

/// The SQLite fact store.
public enum FactStoreModule {}
