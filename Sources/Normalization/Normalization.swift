import BriefingModel

/// Links facts to metrics.
public enum Normalization {}
