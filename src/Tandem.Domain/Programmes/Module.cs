namespace Tandem.Domain.Programmes;

public enum ReviewStatus
{
    Draft,
    Reviewed,
}

public sealed record ModuleReview(ReviewStatus Status, string? ReviewedBy, DateOnly? ReviewedOn);

[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716", Justification = "The clinical term; the app has no Visual Basic callers.")]
public sealed record Module(
    string Id,
    int Version,
    ModuleReview Review,
    LocalizedText Title,
    LocalizedText Summary,
    int EstimatedMinutes,
    IReadOnlyList<string> RecommendedWhen,
    IReadOnlyList<Page> Pages);

/// <summary>One short page of a module: one idea, readable on a phone.</summary>
public sealed record Page(string Id, LocalizedText Title, IReadOnlyList<Block> Blocks);
