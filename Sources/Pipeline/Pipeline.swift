import BriefingModel

/// Pipeline file, runner, schedule.
public enum PipelineModule {}
