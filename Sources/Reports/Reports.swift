import BriefingModel
import Workbook

/// Briefing workbook and Markdown summary.
public enum Reports {}
